package io.newsweave.story;

import io.newsweave.model.Article;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteFinder;
import io.newsweave.quote.QuoteGroup;
import io.newsweave.quote.QuoteGroups;
import io.newsweave.story.timeline.Coverage;
import io.newsweave.story.timeline.Summarizer;
import io.newsweave.story.timeline.TimelineBuilder;
import io.newsweave.story.timeline.TimelineEntry;
import io.newsweave.text.SentenceSplitter;
import io.newsweave.text.TextMemo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a reader sees when opening a story, built from its articles: the timeline of dated
 * developments, the extractive summary, who said what (quotes grouped across articles and
 * languages, most reported first) and who covered it. Every part points back to the articles and
 * sentences it came from. Immutable.
 *
 * @param timeline developments sorted by date, background entries included (their kind says so)
 * @param summary  3–5 sentences as written in the articles, in date order
 * @param quotes   quote groups, attributed and most reported first, then by date
 * @param coverage outlets, languages, articles per day and the first reporter
 */
public record StoryDetails(List<TimelineEntry> timeline, List<TimelineEntry.Source> summary, List<QuoteGroup> quotes,
                           Coverage coverage) {

    public StoryDetails {
        timeline = List.copyOf(timeline);
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
    }

    /**
     * Builds {@link StoryDetails}; the stages it holds are stateless, so one builder serves every
     * thread. A story of more than {@value #MAX_ARTICLES} articles gets its timeline, summary and
     * quotes from {@value #MAX_ARTICLES} of them spread evenly over its publication days (the
     * quote grouping is quadratic), and its coverage from all.
     */
    public static final class Builder {

        public static final int MAX_ARTICLES = 200;

        private final SentenceSplitter splitter;
        private final TimelineBuilder timelines;
        private final Summarizer summarizer;
        private final QuoteFinder quotes = new QuoteFinder();
        private final QuoteGroups groups = new QuoteGroups();

        public Builder() {
            this.splitter = SentenceSplitter.standard();
            this.timelines = new TimelineBuilder(TimelineBuilder.Config.defaults(), splitter);
            this.summarizer = new Summarizer(splitter);
        }

        /**
         * The details of a story whose articles are {@code articles}, in arrival order.
         *
         * @param preferredLanguage ISO 639-1 code of the reader's language, or {@code null} for the
         *                          story's own: its most used language (English, then the
         *                          alphabetically first, on a tie), so a summary does not hop
         *                          between languages
         */
        public StoryDetails build(List<Article> articles, String preferredLanguage) {
            if (preferredLanguage == null) {
                preferredLanguage = mainLanguage(articles);
            }
            return build(sample(articles, MAX_ARTICLES), Coverage.of(articles), preferredLanguage);
        }

        /**
         * The details of a story read from {@code read}, at most {@value #MAX_ARTICLES} of its
         * articles chosen by the caller (as {@link #samplePositions} chooses them), in arrival
         * order, with the coverage of all of them; timeline, summary and quotes prefer
         * {@code language} (ISO 639-1, or {@code null} for none).
         */
        public StoryDetails build(List<Article> read, Coverage coverage, String language) {
            if (read.size() > MAX_ARTICLES) {
                throw new IllegalArgumentException("at most " + MAX_ARTICLES + " articles are read: " + read.size());
            }
            TextMemo text = new TextMemo(splitter); // each article split, tokenized and stemmed once for the whole view
            List<TimelineEntry> timeline = timelines.build(read, language, text, coverage);
            List<TimelineEntry.Source> summary = summarizer.summarize(read, timeline, language, text);
            List<Quote> found = new ArrayList<>();
            for (Article a : read) {
                found.addAll(PerArticle.orElse("quotes", a.id(), () -> quotes.find(a, text.words(a.text())), List.of()));
            }
            List<QuoteGroup> grouped = new ArrayList<>();
            for (QuoteGroup g : groups.group(found)) {
                grouped.add(inLanguage(g, language));
            }
            grouped.sort(Comparator.comparing((QuoteGroup g) -> !g.representative().attributed())
                    .thenComparing(g -> -g.articles().size())
                    .thenComparing(g -> g.representative().date(), Comparator.nullsLast(Comparator.naturalOrder())));
            return new StoryDetails(timeline, summary, grouped, coverage);
        }

        /** The group shown by a report in {@code language} when it has one as well attributed as its representative. */
        static QuoteGroup inLanguage(QuoteGroup g, String language) {
            Quote shown = g.representative();
            if (language == null || shown.language().equals(language)) {
                return g;
            }
            for (Quote q : g.quotes()) {
                if (q.language().equals(language) && (q.speakerEntity() != null || shown.speakerEntity() == null)) {
                    return new QuoteGroup(q, g.quotes(), g.articles(), g.languages());
                }
            }
            return g;
        }

        /**
         * At most {@code max} of {@code articles}, spread evenly over their publication order
         * (undated ones last), kept in arrival order; all of them when there are no more.
         */
        static List<Article> sample(List<Article> articles, int max) {
            if (articles.size() <= max) {
                return articles;
            }
            List<LocalDate> published = new ArrayList<>(articles.size());
            articles.forEach(a -> published.add(a.published().date()));
            List<Article> out = new ArrayList<>(max);
            for (int i : samplePositions(published, max)) {
                out.add(articles.get(i));
            }
            return out;
        }

        /**
         * The positions of at most {@code max} articles whose publication dates ({@code null}:
         * undated) are {@code published}, in arrival order, spread evenly over their publication
         * order (undated ones last); in ascending order.
         */
        public static int[] samplePositions(List<LocalDate> published, int max) {
            int n = published.size();
            if (n <= max) {
                return java.util.stream.IntStream.range(0, n).toArray();
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> published.get(i),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i));
            java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
            for (int k = 0; k < max; k++) {
                picked.add(order[(int) ((long) k * n / max)]);
            }
            return picked.stream().mapToInt(Integer::intValue).toArray();
        }

        static String mainLanguage(List<Article> articles) {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Article a : articles) {
                counts.merge(a.language(), 1, Integer::sum);
            }
            return mainLanguage(counts);
        }

        /**
         * A story's own language from its articles per language: the most used ({@code und}
         * aside), English then the alphabetically first on a tie; {@code null} when none is known.
         */
        public static String mainLanguage(java.util.Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .filter(e -> e.getKey() != null && !e.getKey().equals("und"))
                    .max(Comparator.<java.util.Map.Entry<String, Integer>>comparingInt(java.util.Map.Entry::getValue)
                            .thenComparing(e -> e.getKey().equals("en"))
                            .thenComparing(java.util.Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(java.util.Map.Entry::getKey).orElse(null);
        }
    }
}
