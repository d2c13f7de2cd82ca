package io.newsweave.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the {@link Format} of an input from its first bytes, and only when the content is not
 * decisive from its file name's extension. Content first: gzip and WARC magic, binary signatures,
 * then the first non-blank character ({@code {} or {@code [} for JSON, {@code <} for markup, whose
 * first element tells a feed from a page). Stateless and thread-safe.
 */
final class FormatSniffer {

    private static final int MARKUP_WINDOW = 4096;
    private static final Pattern FIRST_ELEMENT = Pattern.compile(
            "<([A-Za-z][A-Za-z0-9:_.-]*)");
    private static final Pattern FEED_MARK = Pattern.compile("<rss[\\s>]|<feed[\\s>]|<rdf:RDF[\\s>]");
    private static final Pattern HTML_MARK = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<title[\\s>]|<p[\\s>]|<div[\\s>]",
            Pattern.CASE_INSENSITIVE);

    private FormatSniffer() {
    }

    /** The format of an input starting with {@code head}, named {@code hint} (lower case). */
    static Format detect(byte[] head, String hint) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Format.GZIP;
        }
        if (startsWith(head, "WARC/")) {
            return Format.WARC;
        }
        Charset bom = TextDecoder.bomCharset(head, 0, head.length);
        if (bom == null && BinaryContent.reason(head) != null) {
            return Format.BINARY;
        }
        String text = headText(head, bom);
        int first = firstNonBlank(text);
        if (first < 0) {
            return head.length < Input.HEAD_BYTES ? Format.EMPTY : Format.TEXT;
        }
        char c = text.charAt(first);
        if ((c == '{' || c == '[') && hasExtension(hint, ".txt", ".text", ".md")) {
            return Format.TEXT;
        }
        if (c == '{') {
            return firstLineIsObject(text, first) || hasExtension(hint, ".jsonl", ".ndjson")
                    ? Format.JSON_LINES : Format.JSON_DOCUMENT;
        }
        if (c == '[' && (hasExtension(hint, ".json") || startsWithObject(text, first + 1))) {
            return Format.JSON_DOCUMENT;
        }
        if (c == '<') {
            Format markup = markup(text.substring(first, Math.min(text.length(), first + MARKUP_WINDOW)));
            if (markup != null) {
                return markup;
            }
        }
        return byExtension(hint);
    }

    private static Format markup(String text) {
        Matcher element = FIRST_ELEMENT.matcher(skipProlog(text));
        if (element.lookingAt()) {
            String name = element.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf")) {
                return Format.FEED;
            }
            if (name.equals("html") || name.equals("head") || name.equals("body")) {
                return Format.HTML;
            }
        }
        if (FEED_MARK.matcher(text).find()) {
            return Format.FEED;
        }
        if (HTML_MARK.matcher(text).find()) {
            return Format.HTML;
        }
        return null;
    }

    /** The text after any XML declaration, processing instructions, comments and a non-HTML doctype. */
    private static String skipProlog(String text) {
        String rest = text.stripLeading();
        while (true) {
            String lower = rest.toLowerCase(Locale.ROOT);
            int end;
            if (lower.startsWith("<?")) {
                end = rest.indexOf("?>") + 2;
            } else if (lower.startsWith("<!--")) {
                end = rest.indexOf("-->") + 3;
            } else if (lower.startsWith("<!doctype") && !lower.startsWith("<!doctype html")) {
                int close = rest.indexOf('>');
                int subset = rest.indexOf('[');
                end = subset >= 0 && subset < close ? rest.indexOf("]>", subset) + 2 : close + 1;
            } else {
                return rest;
            }
            if (end <= 1) {
                return rest;
            }
            rest = rest.substring(end).stripLeading();
        }
    }

    private static Format byExtension(String hint) {
        if (hasExtension(hint, ".jsonl", ".ndjson", ".json")) {
            return Format.JSON_LINES;
        }
        if (hasExtension(hint, ".rss", ".atom", ".xml", ".rdf")) {
            return Format.FEED;
        }
        if (hasExtension(hint, ".html", ".htm", ".xhtml", ".shtml")) {
            return Format.HTML;
        }
        if (hasExtension(hint, ".warc")) {
            return Format.WARC;
        }
        return Format.TEXT;
    }

    static boolean hasExtension(String hint, String... extensions) {
        for (String extension : extensions) {
            if (hint.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** JSON Lines when the first line holds a whole object: it ends with a closing brace. */
    private static boolean firstLineIsObject(String text, int first) {
        int newline = text.indexOf('\n', first);
        if (newline < 0) {
            return text.length() < Input.HEAD_BYTES;
        }
        return text.substring(first, newline).strip().endsWith("}");
    }

    private static boolean startsWithObject(String text, int from) {
        int next = firstNonBlank(text.substring(from));
        return next >= 0 && text.charAt(from + next) == '{';
    }

    private static String headText(byte[] head, Charset bom) {
        if (bom == null) {
            return new String(head, StandardCharsets.ISO_8859_1);
        }
        int skip = TextDecoder.bomLength(bom);
        return new String(head, skip, head.length - skip, bom);
    }

    private static int firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] head, String ascii) {
        if (head.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (head[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
