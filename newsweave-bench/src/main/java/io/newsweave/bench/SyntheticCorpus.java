package io.newsweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic-looking news articles, written from our own small
 * {@link Vocabulary} (no third-party text). Article {@code i} of a corpus depends only on the
 * seed, the corpus size and {@code i}, so any article can be made alone and in any order.
 *
 * <p>What it guarantees: languages en, fr, es and de (about 40/20/20/20); bodies of 2,000 to 6,000
 * characters, each distinct (every body carries a file number made from its index); publication
 * dates spread over 60 days from {@link #START}; about six articles per topic, where the articles
 * of one topic share their people, place, organization and theme (names are partly made up from
 * syllables, so that there are thousands of them) and fall within five days. It
 * writes news-please JSON Lines ({@link #writeJsonl}) and HTML pages ({@link #writeHtml}).
 * It does not imitate any real outlet or person. Immutable and thread-safe.
 *
 * <p>Usage: {@code SyntheticCorpus --out DIR [--articles N] [--seed S] [--files F] [--html]}
 */
public final class SyntheticCorpus {

    /** The first publication date. */
    public static final LocalDate START = LocalDate.of(2024, 3, 1);
    /** Days over which publication dates spread. */
    public static final int SPAN_DAYS = 60;
    public static final int MIN_CHARS = 2_000;
    public static final int MAX_CHARS = 6_000;
    private static final int ARTICLES_PER_TOPIC = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seed;
    private final int size;
    private final int topics;

    public SyntheticCorpus(long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + size);
        }
        this.seed = seed;
        this.size = size;
        this.topics = Math.max(1, size / ARTICLES_PER_TOPIC);
    }

    public int size() {
        return size;
    }

    /** The people, place, theme and dates one story's articles share. */
    private record Topic(int id, String person, String second, String organization, int place, int theme, LocalDate date) {
    }

    /** Syllables of made-up surnames, towns and company names: thousands of names, as in real news. */
    private static final List<String> HEADS = List.of("Val", "Mor", "Kes", "Bran", "Tor", "Lin", "Dar", "Sel", "Quen", "Hal",
            "Ost", "Rav", "Mel", "Cor", "Fen", "Gal", "Ith", "Jor", "Nar", "Pell", "Ros", "Sten", "Ul", "Vesk", "Wen", "Zar");
    private static final List<String> TAILS = List.of("ora", "ek", "mund", "ari", "ston", "vik", "ello", "ard", "ino", "oth",
            "enko", "berg", "ani", "ez", "well", "ucci", "sen", "ova", "ier", "ham");
    private static final List<String> SECTORS = List.of("Energy", "Rail", "Pharma", "Group", "Telecom", "Steel", "Motors",
            "Air", "Foods", "Logistics", "Bank", "Media");

    private Topic topic(int id) {
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x70_91C5L, id));
        String organization = r.nextInt(4) == 0 ? pick(r, Vocabulary.of("en").organizations()) : coined(r) + " " + pick(r, SECTORS);
        return new Topic(id, name(r), name(r), organization, r.nextInt(2) == 0 ? r.nextInt(15) : -1 - r.nextInt(500),
                r.nextInt(12), START.plusDays(r.nextInt(SPAN_DAYS - 4)));
    }

    private static String coined(SplittableRandom r) {
        return pick(r, HEADS) + pick(r, TAILS);
    }

    /** A made-up town, the same in every language; {@code code} is negative. */
    private static String town(int code) {
        SplittableRandom r = new SplittableRandom(-code * 0x2545F4914F6CDD1DL);
        return coined(r) + (r.nextBoolean() ? "" : pick(r, List.of("ville", "burg", "ford", "a")));
    }

    /** Article {@code index} (0-based). */
    public SyntheticArticle article(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        Topic topic = topic(r.nextInt(topics));
        int roll = r.nextInt(10);
        Vocabulary v = Vocabulary.of(roll < 4 ? "en" : roll < 6 ? "fr" : roll < 8 ? "es" : "de");
        LocalDate published = topic.date().plusDays(r.nextInt(5));
        String title = fill(r, pick(r, v.titles()), v, topic, published, index);
        List<String> paragraphs = body(r, v, topic, published, index);
        String source = pick(r, v.outlets());
        String url = "https://www." + source + "/" + published.toString().replace('-', '/') + "/" + slug(title) + "-" + index + ".html";
        return new SyntheticArticle(index, topic.id(), v.language(), title, paragraphs, published, url, source);
    }

    /** A headline of a random topic, for related-story links. */
    String teaser(SplittableRandom r, String language) {
        Vocabulary v = Vocabulary.of(language);
        Topic topic = topic(r.nextInt(topics));
        return fill(r, pick(r, v.titles()), v, topic, topic.date(), r.nextInt(size));
    }

    private List<String> body(SplittableRandom r, Vocabulary v, Topic topic, LocalDate published, int index) {
        int target = MIN_CHARS + r.nextInt(MAX_CHARS - MIN_CHARS - 300);
        int fileParagraph = 1 + r.nextInt(3);
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        String previous = null;
        while (length < target) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String template = paragraphs.size() == fileParagraph && s == 0 ? v.fileSentence() : pick(r, v.sentences());
                if (template.equals(previous)) {
                    template = pick(r, v.sentences());
                }
                previous = template;
                String sentence = fill(r, template, v, topic, published, index);
                if (length + p.length() + sentence.length() + 3 > MAX_CHARS) {
                    break;
                }
                p.append(p.isEmpty() ? "" : " ").append(sentence);
            }
            if (p.isEmpty()) {
                break;
            }
            length += p.length() + (paragraphs.isEmpty() ? 0 : 2);
            paragraphs.add(p.toString());
        }
        if (paragraphs.size() <= fileParagraph) {
            paragraphs.add(fill(r, v.fileSentence(), v, topic, published, index));
        }
        return paragraphs;
    }

    private static String fill(SplittableRandom r, String template, Vocabulary v, Topic topic, LocalDate published, int index) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{' || i + 2 >= template.length() || template.charAt(i + 2) != '}') {
                out.append(c);
                continue;
            }
            char key = template.charAt(++i);
            i++;
            boolean own = r.nextInt(10) < 8;
            switch (key) {
                case 'P' -> out.append(own ? topic.person() : name(r));
                case 'Q' -> out.append(own ? topic.second() : name(r));
                case 'O' -> out.append(own ? topic.organization() : pick(r, v.organizations()));
                case 'L' -> out.append(own && topic.place() < 0 ? town(topic.place())
                        : v.places().get(own ? topic.place() : r.nextInt(v.places().size())));
                case 'T' -> out.append(v.themes().get(topic.theme()));
                case 'D' -> out.append(datePhrase(v, published.minusDays(r.nextInt(6))));
                case 'W' -> out.append(pick(r, v.weekdays()));
                case 'M' -> out.append(v.months().get(published.getMonthValue() - 1));
                case 'N' -> out.append(r.nextInt(10) < 3 ? 1950 + r.nextInt(70) : 2 + r.nextInt(480));
                case 'X' -> out.append(r.nextInt(1, 40)).append(v.language().equals("en") ? "." : ",").append(r.nextInt(10))
                        .append(v.language().equals("en") ? "%" : " %");
                case 'R' -> out.append(published.getYear()).append('/').append(100_000 + index);
                default -> throw new IllegalStateException("unknown placeholder {" + key + "} in " + template);
            }
        }
        return out.toString();
    }

    static String datePhrase(Vocabulary v, LocalDate date) {
        String month = v.months().get(date.getMonthValue() - 1);
        int day = date.getDayOfMonth();
        return switch (v.language()) {
            case "en" -> month + " " + day;
            case "fr" -> (day == 1 ? "1er" : String.valueOf(day)) + " " + month;
            case "es" -> day + " de " + month;
            case "de" -> day + ". " + month;
            default -> date.toString();
        };
    }

    private static String name(SplittableRandom r) {
        Vocabulary en = Vocabulary.of("en");
        return pick(r, en.firstNames()) + " " + (r.nextInt(3) == 0 ? pick(r, en.lastNames()) : coined(r));
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static String slug(String title) {
        String folded = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The news-please fields of one article, in news-please order. */
    static Map<String, Object> newsPlease(SyntheticArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("maintext", a.body());
        m.put("date_publish", a.published() + " " + String.format(Locale.ROOT, "%02d:%02d:00", 6 + a.index() % 15, a.index() % 60));
        m.put("language", a.language());
        m.put("url", a.url());
        m.put("source_domain", a.source());
        return m;
    }

    /** Writes every article as news-please JSON Lines over {@code files} files (consecutive ranges); returns them. */
    public List<Path> writeJsonl(Path dir, int files) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "articles-%03d.jsonl", f));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = (int) ((long) size * f / files); i < (long) size * (f + 1) / files; i++) {
                    w.write(JSON.writeValueAsString(newsPlease(article(i))));
                    w.write('\n');
                }
            }
            out.add(file);
        }
        return out;
    }

    /** Writes every article as an HTML page under {@code dir/<outlet>/<yyyy>/<mm>/<dd>/}; returns the bytes written. */
    public long writeHtml(Path dir) throws IOException {
        long bytes = 0;
        for (int i = 0; i < size; i++) {
            SyntheticArticle a = article(i);
            Path day = dir.resolve(a.source()).resolve(a.published().toString().replace('-', '/'));
            Files.createDirectories(day);
            byte[] page = HtmlPage.render(a, this, new SplittableRandom(mix(seed ^ 0x47_4D4CL, i))).getBytes(StandardCharsets.UTF_8);
            Files.write(day.resolve(slug(a.title()) + "-" + i + ".html"), page);
            bytes += page.length;
        }
        return bytes;
    }

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args, "SyntheticCorpus --out DIR [--articles N] [--seed S] [--files F] [--html]");
        SyntheticCorpus corpus = new SyntheticCorpus(o.longValue("seed", 42), o.intValue("articles", 10_000));
        Path out = o.path("out", null);
        long t0 = System.nanoTime();
        if (o.flag("html")) {
            long bytes = corpus.writeHtml(out);
            System.out.printf(Locale.ROOT, "wrote %d HTML pages (%.1f MB) under %s in %.1f s%n", corpus.size(), bytes / 1e6, out,
                    (System.nanoTime() - t0) / 1e9);
        } else {
            List<Path> files = corpus.writeJsonl(out, o.intValue("files", 20));
            System.out.printf(Locale.ROOT, "wrote %d articles in %d JSONL files under %s in %.1f s%n", corpus.size(), files.size(), out,
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
