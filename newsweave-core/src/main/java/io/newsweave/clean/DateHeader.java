package io.newsweave.clean;

/**
 * The optional date header of a plain-text article: a first line that starts with
 * {@code date YYYY-MM-DD}; whatever follows on that line (often a photo caption) is kept as text.
 */
record DateHeader(String date, String rest) {

    static DateHeader parse(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
            i++;
        }
        if (!text.startsWith("date ", i) && !text.startsWith("Date ", i) && !text.startsWith("date:", i)) {
            return null;
        }
        int d = i + 5;
        while (d < text.length() && text.charAt(d) == ' ') {
            d++;
        }
        if (d + 10 > text.length() || !isIsoDate(text, d)) {
            return null;
        }
        return new DateHeader(text.substring(d, d + 10), text.substring(d + 10));
    }

    private static boolean isIsoDate(String s, int at) {
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(at + k);
            boolean ok = k == 4 || k == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return at + 10 == s.length() || !Character.isDigit(s.charAt(at + 10));
    }
}
