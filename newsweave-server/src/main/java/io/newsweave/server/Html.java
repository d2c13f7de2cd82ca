package io.newsweave.server;

/**
 * Escapes untrusted text for HTML element content and quoted attribute values, and for XML
 * (feeds): {@code & < > " '} become entities, and characters XML forbids (C0 controls other than
 * tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF) are dropped. Does not make a
 * value safe inside a script, a style, an unquoted attribute or a URL attribute's scheme: the
 * templates never put untrusted text there. Thread-safe (stateless).
 */
public final class Html {

    private Html() {
    }

    /** The escaped text; {@code null} becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> allowed(text, i, c) ? null : "";
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(n + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(String text, int i, char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }

    /** Percent-encodes a value for a URL query parameter or path segment (UTF-8). */
    public static String url(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
