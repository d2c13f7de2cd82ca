package io.newsweave.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and edits a sources file. Grammar, one source per line:
 * <pre>
 * line   = [ URL *( SP option ) ] [ "#" comment ]
 * option = "kind=" ( "rss" | "atom" | "sitemap" | "news-sitemap" | "page" )
 *        | "name=" ( word | '"' text '"' ) | "lang=" 2*3ALPHA | "every=" 1*DIGIT ( "s" | "m" | "h" | "d" )
 * </pre>
 * URLs are http or https and are normalised ({@link UrlNormalizer}); a URL listed twice is an
 * error, as are unknown options and intervals under one minute. Errors name the file, the line
 * and the reason. Stateless: every method reads or writes the file anew; edits rewrite it
 * atomically (a temporary file moved over it), keeping comments and other lines as they were.
 */
public final class SourcesFile {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    /** A sources file that cannot be read: names the file, the line and the reason. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String origin, int line, String reason) {
            super(origin + ":" + line + ": " + reason);
        }
    }

    private SourcesFile() {
    }

    /** The sources of {@code file}, in file order. */
    public static List<Source> read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The sources of {@code text}, named {@code origin} in errors. */
    public static List<Source> parse(String origin, String text) {
        Map<String, Source> sources = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Source source = parseLine(origin, i + 1, lines[i]);
            if (source != null && sources.putIfAbsent(source.key(), source) != null) {
                throw new Invalid(origin, i + 1, "source " + source.key() + " is listed twice");
            }
        }
        return List.copyOf(sources.values());
    }

    /** The source of one line, or {@code null} for a blank or comment line. */
    static Source parseLine(String origin, int number, String line) {
        List<String> tokens = tokens(origin, number, stripComment(line));
        if (tokens.isEmpty()) {
            return null;
        }
        URI url;
        try {
            url = URI.create(UrlNormalizer.normalize(tokens.get(0)));
        } catch (IllegalArgumentException e) {
            throw new Invalid(origin, number, "not an http(s) URL: " + tokens.get(0) + " (" + e.getMessage() + ")");
        }
        SourceKind kind = null;
        String name = null;
        String lang = null;
        Duration every = null;
        for (String token : tokens.subList(1, tokens.size())) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new Invalid(origin, number, "expected key=value after the URL, found " + token);
            }
            String key = token.substring(0, eq);
            String value = token.substring(eq + 1);
            switch (key) {
                case "kind" -> {
                    kind = SourceKind.parse(value);
                    if (kind == null) {
                        throw new Invalid(origin, number, "unknown kind " + value + " (rss, atom, sitemap, news-sitemap or page)");
                    }
                }
                case "name" -> {
                    if (value.isBlank()) {
                        throw new Invalid(origin, number, "empty name");
                    }
                    name = value;
                }
                case "lang" -> {
                    if (!LANG.matcher(value).matches()) {
                        throw new Invalid(origin, number, "lang must be a 2 or 3 letter lower-case code, found " + value);
                    }
                    lang = value;
                }
                case "every" -> every = parseEvery(origin, number, value);
                default -> throw new Invalid(origin, number, "unknown option " + key + " (kind, name, lang or every)");
            }
        }
        return new Source(url, kind, name, lang, every);
    }

    private static Duration parseEvery(String origin, int number, String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new Invalid(origin, number, "every must be a number and a unit s, m, h or d (every=10m), found " + value);
        }
        long n = Long.parseLong(m.group(1));
        Duration every = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (every.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new Invalid(origin, number, "every must be at least 1m, found " + value);
        }
        return every;
    }

    /** {@code 10m}, {@code 2h}, {@code 90s}: the shortest exact form. */
    static String formatDuration(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        } else if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        } else if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Whitespace-separated tokens; {@code key="a b"} keeps its spaces and loses its quotes. */
    private static List<String> tokens(String origin, int number, String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new Invalid(origin, number, "unclosed quote");
        }
        if (any) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** Appends {@code source} to {@code file} (created when missing); an error when its URL is already listed. */
    public static synchronized void add(Path file, Source source) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        for (Source existing : parse(file.toString(), text)) {
            if (existing.key().equals(source.key())) {
                throw new IllegalArgumentException("source " + source.key() + " is already in " + file);
            }
        }
        String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        write(file, text + sep + source.line() + "\n");
    }

    /** Removes the line of the source whose URL normalises to {@code url}; whether there was one. */
    public static synchronized boolean remove(Path file, String url) throws IOException {
        String key = UrlNormalizer.normalize(url);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        boolean removed = false;
        for (int i = 0; i < lines.length; i++) {
            Source source = parseLine(file.toString(), i + 1, lines[i].replace("\r", ""));
            if (source != null && source.key().equals(key)) {
                removed = true;
                continue;
            }
            kept.append(lines[i]);
            if (i < lines.length - 1) {
                kept.append('\n');
            }
        }
        if (removed) {
            write(file, kept.toString());
        }
        return removed;
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

}
