package io.newsweave.server;

/** Text as the server shows it: clipped (as the API clips), counted ("3 articles"), made safe for one log line. Stateless. */
public final class ShownText {

    private ShownText() {
    }

    /** At most {@code max} characters, cut at a space when one is near, with an ellipsis (as the API clips). */
    public static String clip(String text, int max) {
        return io.newsweave.json.ViewJson.clip(text, max);
    }

    /** {@code text} for one log line: control and format characters as {@code %XX} / {@code %uXXXX}, at most 2,000 characters. */
    static String loggable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2_000));
        for (int i = 0; i < text.length() && out.length() < 2_000; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(c < 0x100 ? String.format("%%%02X", (int) c) : String.format("%%u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > out.length() && out.length() >= 2_000 ? out + "…" : out.toString();
    }

    /** "1 article", "3 articles". */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
