package io.newsweave.text;

import java.util.List;

/**
 * Splits a text into sentences. A blank line (paragraph break) and a line break always end a
 * sentence; abbreviations ("Mr.", "M.", "Dr.", "U.S."), initials ("J. R. Smith") and decimal
 * numbers ("7.5") do not. Quotations follow ICU's rules (UAX #29); text without sentence
 * punctuation is not repaired: it stays one sentence per line.
 */
public interface SentenceSplitter {

    /**
     * The sentences of {@code text} in order, trimmed, never overlapping; an empty list for
     * {@code null}, empty or blank text.
     *
     * @param language ISO 639-1 code selecting the rules (abbreviations); {@code und} or an
     *                 unknown code falls back to language-neutral rules plus the shared abbreviations
     */
    List<Sentence> split(String text, String language);

    /** The ICU4J-based splitter; thread-safe, meant to be built once and shared. */
    static SentenceSplitter standard() {
        return new IcuSentenceSplitter();
    }
}
