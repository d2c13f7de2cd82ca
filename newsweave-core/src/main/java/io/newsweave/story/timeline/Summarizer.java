package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.story.PerArticle;
import io.newsweave.text.Sentence;
import io.newsweave.text.SentenceSplitter;
import io.newsweave.text.TextMemo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An extractive summary of a story: {@value #MIN} to {@value #MAX} sentences taken as written from
 * its articles. Candidates are the sources of the timeline's current and scheduled entries (worth
 * their entry's support) and each article's lead sentence (worth how central its entities are to
 * the story); sentences in the preferred language weigh more, and when that language offers enough
 * of them the summary keeps to it; sentences opening with a pronoun less. Picks by maximal marginal
 * relevance and drops any candidate too similar to one already picked (of the same entry: always;
 * of the same date: shared entity ids, which work across languages, or terms; of another date:
 * terms), so a development reported in three languages is told once. Returned in date order. Does not translate or rewrite.
 * Deterministic; thread-safe.
 */
public final class Summarizer {

    static final int MIN = 3;
    static final int MAX = 5;
    static final double LAMBDA = 0.7;
    /** A candidate at least this similar to a picked sentence is redundant. */
    static final double REDUNDANT = 0.5;
    /** Past {@link #MIN} sentences, a candidate needs this much relevance. */
    static final double ENOUGH = 0.2;
    static final double OTHER_LANGUAGE = 0.8;
    /** A source that is not its entry's representative sentence weighs this much of it. */
    static final double NOT_REPRESENTATIVE = 0.9;
    static final double LEAD_WEIGHT = 0.6;
    /** A sentence opening with a pronoun needs its context: its relevance is multiplied by this. */
    static final double DANGLING = 0.5;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "this", "these", "those", "his",
            "her", "their", "il", "elle", "ils", "elles", "cela", "ceci", "él", "ella", "ellos", "ellas", "er", "sie",
            "es", "lui", "lei", "loro", "ele", "ela", "eles");
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private final SentenceSplitter splitter;

    public Summarizer(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** With {@link SentenceSplitter#standard()}. */
    public Summarizer() {
        this(SentenceSplitter.standard());
    }

    /** A sentence that may be picked; {@code entry} is its timeline entry's index, or -1 for a lead. */
    private record Candidate(Article article, int start, int end, String text, String date, int entry,
                             double relevance, SentenceFeatures features) {
    }

    /**
     * The summary of a story: its articles (arrival order) and its timeline from
     * {@link TimelineBuilder}; empty when there is nothing readable.
     *
     * @param preferredLanguage ISO 639-1 code of the reader's language, or {@code null}
     */
    public List<TimelineEntry.Source> summarize(List<Article> articles, List<TimelineEntry> timeline,
                                                String preferredLanguage) {
        return summarize(articles, timeline, preferredLanguage, new TextMemo(splitter));
    }

    /**
     * {@link #summarize(List, List, String)} reading sentences, words and stems through {@code text}:
     * the view's memo that the timeline filled, so that no article is split or tokenized twice.
     */
    public List<TimelineEntry.Source> summarize(List<Article> articles, List<TimelineEntry> timeline,
                                                String preferredLanguage, TextMemo text) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, Candidate> candidates = new java.util.LinkedHashMap<>();
        int maxSupport = timeline.stream().mapToInt(e -> e.sources().size()).max().orElse(1);
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (e.kind().equals(TimelineEntry.BACKGROUND)) {
                continue;
            }
            for (TimelineEntry.Source s : e.sources()) {
                Article a = byId.get(s.article());
                if (a != null) {
                    double rel = (double) e.sources().size() / maxSupport * language(a, preferredLanguage)
                            * (s.sentence().equals(e.text()) ? 1 : NOT_REPRESENTATIVE);
                    add(candidates, a, s.start(), s.end(), e.date(), i, rel, text);
                }
            }
        }
        Map<String, Integer> df = entityArticles(articles);
        for (Article a : articles) {
            Sentence lead = PerArticle.orElse("summary lead", a.id(), () -> lead(a, text), null);
            if (lead != null) {
                SentenceFeatures f = SentenceFeatures.of(a, lead.start(), lead.end(), text);
                String date = a.published().known() ? a.published().date().toString() : null;
                double rel = LEAD_WEIGHT * centrality(f, df, articles.size()) * language(a, preferredLanguage);
                add(candidates, a, lead.start(), lead.end(), date, -1, rel, f);
            }
        }
        return pick(inOneLanguage(new ArrayList<>(candidates.values()), preferredLanguage));
    }

    /**
     * The candidates in {@code language} alone when at least {@value #MIN} of them are relevant
     * enough to make a summary, so that a story's summary reads in one language (its own, or the
     * reader's); all candidates otherwise, other languages filling in.
     */
    static List<Candidate> inOneLanguage(List<Candidate> pool, String language) {
        if (language == null) {
            return pool;
        }
        List<Candidate> own = new ArrayList<>();
        int relevant = 0;
        for (Candidate c : pool) {
            if (c.article().language().equals(language)) {
                own.add(c);
                relevant += c.relevance() >= ENOUGH ? 1 : 0;
            }
        }
        return relevant >= MIN ? own : pool;
    }

    private static List<TimelineEntry.Source> pick(List<Candidate> pool) {
        List<Candidate> picked = new ArrayList<>();
        while (picked.size() < MAX && !pool.isEmpty()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (var it = pool.iterator(); it.hasNext(); ) {
                Candidate c = it.next();
                double sim = 0;
                for (Candidate p : picked) {
                    sim = Math.max(sim, similarity(c, p));
                }
                if (sim >= REDUNDANT) {
                    it.remove();
                    continue;
                }
                double score = LAMBDA * c.relevance() - (1 - LAMBDA) * sim;
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null || (picked.size() >= MIN && best.relevance() < ENOUGH)) {
                break;
            }
            picked.add(best);
            pool.remove(best);
        }
        return picked.stream()
                .sorted(Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> new TimelineEntry.Source(c.article().id(), c.text(), c.start(), c.end(), c.article().language()))
                .toList();
    }

    /**
     * Sources of one timeline entry are one development (1); other sentences of one date compare
     * on entities and terms; sentences of different dates only on terms, since a story's main
     * actors appear in all its developments.
     */
    private static double similarity(Candidate a, Candidate b) {
        if (a.entry() >= 0 && a.entry() == b.entry()) {
            return 1;
        }
        return Objects.equals(a.date(), b.date()) ? a.features().similarity(b.features())
                : a.features().termSimilarity(b.features());
    }

    private void add(Map<String, Candidate> candidates, Article a, int start, int end, String date, int entry, double rel,
                     TextMemo text) {
        String key = a.id() + "@" + start;
        if (!candidates.containsKey(key)) {
            add(candidates, a, start, end, date, entry, rel, SentenceFeatures.of(a, start, end, text));
        }
    }

    private static void add(Map<String, Candidate> candidates, Article a, int start, int end, String date, int entry,
                            double rel, SentenceFeatures f) {
        String text = a.text().substring(start, end);
        int words = DatedSentences.words(text);
        if (words >= MIN_WORDS && words <= MAX_WORDS) {
            double relevance = dangling(text) ? rel * DANGLING : rel;
            candidates.merge(a.id() + "@" + start, new Candidate(a, start, end, text, date, entry, relevance, f),
                    (old, neu) -> old.relevance() >= neu.relevance() ? old : neu);
        }
    }

    private static boolean dangling(String sentence) {
        int e = 0;
        while (e < sentence.length() && Character.isLetter(sentence.charAt(e))) {
            e++;
        }
        return PRONOUNS.contains(sentence.substring(0, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** The first of the opening sentences long enough to read as a sentence. */
    private static Sentence lead(Article a, SentenceSplitter splitter) {
        List<Sentence> sentences = splitter.split(a.text(), a.language());
        for (int i = 0; i < Math.min(DatedSentences.LEAD, sentences.size()); i++) {
            if (DatedSentences.words(sentences.get(i).text()) >= MIN_WORDS) {
                return sentences.get(i);
            }
        }
        return null;
    }

    private static double language(Article a, String preferred) {
        return preferred == null || a.language().equals(preferred) ? 1 : OTHER_LANGUAGE;
    }

    /** Number of articles mentioning each entity. */
    private static Map<String, Integer> entityArticles(List<Article> articles) {
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Set<String> ids = new HashSet<>();
            a.mentions().forEach(m -> ids.add(m.entity()));
            ids.forEach(id -> df.merge(id, 1, Integer::sum));
        }
        return df;
    }

    /** Mean share of the story's articles that mention the sentence's entities, damped below two entities. */
    private static double centrality(SentenceFeatures f, Map<String, Integer> df, int articles) {
        if (f.entities().isEmpty() || articles == 0) {
            return 0;
        }
        double sum = 0;
        // in sorted order: a set's iteration order changes from one run to the next, and so would the sum's last bit
        for (String e : new java.util.TreeSet<>(f.entities())) {
            sum += (double) df.getOrDefault(e, 0) / articles;
        }
        return sum / f.entities().size() * Math.min(1, f.entities().size() / 2.0);
    }
}
