package io.newsweave.clean;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.List;

/** Finds a plain-text article's headline, or makes a title from its lead. */
final class Headline {

    static final int MAX_TITLE = 160;

    private Headline() {
    }

    /** Whether the first paragraph is a headline: short, not a sentence, followed by text. */
    static boolean looksLikeHeadline(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return false;
        }
        String first = paragraphs.get(0);
        List<String> tokens = LineTokens.of(first);
        return tokens.size() >= 3 && first.length() <= 200 && LineRules.isHeadlineShaped(first, tokens)
                && !first.endsWith(":");
    }

    /** The lead's first sentence, cut at a word boundary near {@link #MAX_TITLE} characters. */
    static String fromLead(String lead) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(lead);
        int end = sentences.next();
        String first = (end == BreakIterator.DONE ? lead : lead.substring(0, end)).strip();
        if (first.length() <= MAX_TITLE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_TITLE);
        return first.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE) + "…";
    }
}
