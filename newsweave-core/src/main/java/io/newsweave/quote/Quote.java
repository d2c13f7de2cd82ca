package io.newsweave.quote;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One direct quote of an article: the words inside the quote marks (or after a dialogue dash) and
 * who said them. Immutable.
 *
 * @param articleId     id of the article it was found in
 * @param start         char offset in the article's text of the first quoted character (the
 *                      marks themselves are outside {@code [start, end)})
 * @param end           char offset after the last quoted character
 * @param text          the quote as read: for a quote that runs over several paragraphs, the
 *                      repeated opening marks are dropped and each paragraph break is one space;
 *                      otherwise exactly {@code text.substring(start, end)}
 * @param speakerName   who said it: the fullest name of the resolved entity in the article, else
 *                      the speaker phrase as written ("a White House spokeswoman"); {@code null}
 *                      when the text names nobody
 * @param speakerEntity canonical entity id of the speaker, or {@code null}
 * @param speakerStart  char offset of the speaker as attributed next to this quote (a name, a
 *                      pronoun or a phrase), or -1 when the speaker is implied (Spanish "dijo")
 *                      or unknown
 * @param speakerEnd    char offset after it, or -1
 * @param cue           the reporting word as written ("said", "a déclaré" gives "déclaré",
 *                      "selon", ":" for "X: «…»"), or {@code null} when unattributed
 * @param language      the article's language (ISO 639-1 or {@code und})
 * @param date          the article's publication date, or {@code null} when unknown
 */
public record Quote(String articleId, int start, int end, String text, String speakerName, String speakerEntity,
                    int speakerStart, int speakerEnd, String cue, String language, LocalDate date) {

    public Quote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span " + start + ".." + end);
        }
    }

    /** Whether the text names or implies a speaker for it. */
    public boolean attributed() {
        return speakerName != null || speakerEntity != null;
    }
}
