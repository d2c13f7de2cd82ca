package io.newsweave.quote;

import io.newsweave.model.Article;
import io.newsweave.text.WordRuns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The quote stage: finds the direct quotes of an article and who said them.
 *
 * <p>Quotes are the outermost stretches inside quote marks of any style (“…” "…" « … » »…«
 * „…“ ‚…‘ ‹…› ‘…’ '…'), including quotes that run over paragraphs with the opening mark repeated,
 * and, outside English, German and Dutch, dialogue turns opened by a dash. Apostrophes are told
 * from single quotes by the letters around them; a mark left open at a paragraph end is dropped.
 * A quote of one to three words is kept only when attributed: unattributed it is a scare quote, a
 * nickname or a title ({@link Config#scareWords()}).
 *
 * <p>The speaker is read next to the quote, within its sentence: a reporting verb after it ("…,”
 * Kremlin spokesman Dmitry Peskov said", "…», a-t-il déclaré", "…“, sagte er", "—dijo Juan—",
 * "…“, so Scholz") or before it ("Putin warned that … a “colossal mistake”", "X: « … »"), or an
 * "according to" marker ("selon X", "según X", "laut X", "X zufolge"); naming verbs count too
 * ("Trump called it “rigged”"). Reporting verbs cover
 * English, French, Spanish, German, Italian, Portuguese, Dutch, Russian, Ukrainian and Polish. A
 * quote with no cue of its own takes the speaker of the previous quote of its paragraph ("“A,” he
 * said. “B.”"). Names, short names and role phrases resolve to the person they contain ("Kremlin
 * spokesman Dmitry Peskov" gives Peskov's entity), else to the organization ("the Kremlin said");
 * pronouns and implied subjects ("dijo") resolve to the most recent person named outside quotes;
 * a phrase that names no entity stays as written ("a White House spokeswoman").
 *
 * <p>It does not: parse syntax, attribute indirect speech, tell a quoted title from speech when
 * the title is attributed, or resolve a bare role ("the Russian president") to a person.
 *
 * <p>Pure, stateless and thread-safe; cost is linear in the text (one pass over the marks, then a
 * few hundred characters around each quote), whatever its marks.
 */
public final class QuoteFinder {

    /** Characters read before a quote for its attribution. */
    static final int BEFORE = 240;
    /** Characters read after a quote. */
    static final int AFTER = 160;

    /**
     * Configuration.
     *
     * @param scareWords quotes of at most this many words are dropped unless attributed (scare
     *                   quotes, nicknames, titles); 0 keeps every quote
     */
    public record Config(int scareWords) {

        public Config {
            if (scareWords < 0) {
                throw new IllegalArgumentException("scareWords must be >= 0: " + scareWords);
            }
        }

        /** Drops unattributed quotes of one to three words. */
        public static Config defaults() {
            return new Config(3);
        }
    }

    private final Config config;

    /** A finder with {@link Config#defaults()}. */
    public QuoteFinder() {
        this(Config.defaults());
    }

    public QuoteFinder(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The direct quotes of {@code article} in text order, with offsets into its {@code text}. */
    public List<Quote> find(Article article) {
        return find(article, WordRuns.of(article.text()));
    }

    /** {@link #find(Article)} with the article's text already tokenized ({@code words} of {@code article.text()}). */
    public List<Quote> find(Article article, WordRuns words) {
        String text = article.text();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!words.text().equals(text)) {
            throw new IllegalArgumentException("the words are not of article " + article.id() + "'s text");
        }
        List<Span> spans = Marks.find(words, AttributionCues.dialogueLanguage(article.language()));
        if (spans.isEmpty()) {
            return List.of();
        }
        Speakers speakers = new Speakers(words, article.mentions(), spans, article.language());
        int[] paragraphs = paragraphStarts(text);
        List<Quote> out = new ArrayList<>();
        Attribution previous = null;
        int previousParagraph = -1;
        int previousClose = 0;
        for (Span s : spans) {
            int paragraph = paragraphOf(paragraphs, s.open());
            int last = paragraphOf(paragraphs, Math.max(s.open(), s.close() - 1));
            int paragraphEnd = last + 1 < paragraphs.length ? paragraphs[last + 1] : text.length();
            Attribution a = attribute(words, s, Math.max(paragraphs[paragraph], previousClose), paragraphEnd);
            if (a == null && paragraph == previousParagraph && previous != null) {
                a = previous;
            }
            previousClose = s.close();
            if (a == null && words(s.text()) <= config.scareWords()) {
                continue;
            }
            Speakers.Speaker who = a == null ? null : speakers.resolve(a, s.open());
            boolean own = a != null && a != previous;
            out.add(new Quote(article.id(), s.start(), s.end(), s.text(),
                    who == null ? null : who.name(), who == null ? null : who.entity(),
                    who == null || !own ? -1 : who.start(), who == null || !own ? -1 : who.end(),
                    a == null ? null : a.cue(), article.language(), article.published().date()));
            previous = a;
            previousParagraph = paragraph;
        }
        return out;
    }

    private static Attribution attribute(WordRuns words, Span s, int from, int paragraphEnd) {
        if (s.dialogue()) {
            return s.insertStart() < 0 ? null : Attribution.after(words, s.insertStart(), s.insertEnd());
        }
        Attribution a = Attribution.after(words, s.close(), Math.min(paragraphEnd, s.close() + AFTER));
        return a != null ? a : Attribution.before(words, Math.max(from, s.open() - BEFORE), s.open());
    }

    static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter || in && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-');
        }
        return count;
    }

    /** Start offsets of the text's paragraphs (lines). */
    private static int[] paragraphStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int paragraphOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
