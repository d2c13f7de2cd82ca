package io.newsweave.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and accent folding for matching words across spellings: "Genève" and "GENEVE" both give
 * "geneve". Lower case (root locale), then canonical decomposition without its combining marks.
 * Letters that do not decompose (ø, ł, ß) are kept. Stateless.
 */
public final class Folding {

    private Folding() {
    }

    /** {@code text} lower-cased and without accents; ASCII text is only lower-cased. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
