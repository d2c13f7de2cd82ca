package io.newsweave.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers shared by the readers. */
final class Readers {

    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");

    private Readers() {
    }

    /** An exception's message for a rejection reason, never empty. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        return message.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** True when {@code body} is markup: it starts with {@code <} and holds a tag. */
    static boolean looksLikeHtml(String body) {
        String trimmed = body.stripLeading();
        return trimmed.startsWith("<") && HTML_TAG.matcher(trimmed).find();
    }

    /** The host of a URL ({@code www.example.com}), or {@code null}. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null || host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code null} for null or blank strings, else the string stripped. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
