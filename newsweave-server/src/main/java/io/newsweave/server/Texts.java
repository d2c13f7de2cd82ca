package io.newsweave.server;

/** Small text helpers for pages and feeds. Stateless. */
final class Texts {

    private Texts() {
    }

    /** At most {@code max} characters, cut at a space when one is near, with an ellipsis. */
    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isLowSurrogate(flat.charAt(cut)) && cut > 0) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }

    /** "1 article", "3 articles". */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
