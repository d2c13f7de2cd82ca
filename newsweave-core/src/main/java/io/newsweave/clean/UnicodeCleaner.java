package io.newsweave.clean;

import java.text.Normalizer;

/**
 * Normalizes text: NFC; no-break, thin and other odd spaces to a plain space; zero-width
 * characters, soft hyphens and control characters removed; apostrophe-like marks to {@code '};
 * hyphen-like dashes to {@code -}; full-width and prime quotes to {@code "}. Typographic quotes
 * that carry direction ({@code “ ” « » „ ‹ ›}) and the en and em dashes are kept, since quote
 * detection reads them. Line breaks are kept. Stateless and thread-safe.
 */
final class UnicodeCleaner {

    private UnicodeCleaner() {
    }

    static String normalize(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                     '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000', '\t', '\u000B', '\f' -> out.append(' ');
                case '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C',
                     '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' -> { }
                case '\u2019', '\u2018', '\u201B', '\u02BC', '\u2032', '\uFF07', '`', '\u00B4' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D' -> out.append('-');
                case '\u2015' -> out.append('\u2014');
                case '\uFF02', '\u2033', '\u3003', '\u201F' -> out.append('"');
                case '\r' -> {
                    if (i + 1 >= nfc.length() || nfc.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> {
                    if (c < 0x20 && c != '\n' || c >= 0x7F && c < 0xA0) {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Collapses runs of spaces and trims: for one line. */
    static String squeeze(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
