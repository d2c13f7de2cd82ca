package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Story growth by chaining is bounded: weak links do not make a story of years, merges need a strong link. */
class ChainingTest {

    /** An in-memory candidate source that applies merges and knows each story's span, as the store does. */
    private static final class Stream implements Clusterer.Candidates {
        final List<Clusterer.Candidate> placed = new ArrayList<>();
        final Map<String, String> mergedInto = new HashMap<>();

        String canonical(String id) {
            String at = id;
            while (mergedInto.containsKey(at)) {
                at = mergedInto.get(at);
            }
            return at;
        }

        @Override
        public List<Clusterer.Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) {
            return placed.stream()
                    .filter(c -> c.keys().texts().stream().anyMatch(keys::contains))
                    .filter(c -> Clusterer.withinDays(date, c.date(), windowDays))
                    .map(c -> new Clusterer.Candidate(c.articleId(), canonical(c.story()), canonical(c.event()), c.keys(), c.date()))
                    .limit(limit).toList();
        }

        @Override
        public int[] docFreqs(CodedKeys keys) {
            int[] out = new int[keys.size()];
            for (int i = 0; i < out.length; i++) {
                String key = keys.text(i);
                out[i] = (int) placed.stream().filter(c -> c.keys().texts().contains(key)).count();
            }
            return out;
        }

        @Override
        public int size() {
            return placed.size();
        }

        @Override
        public Clusterer.Span span(String story) {
            Clusterer.Span span = null;
            for (Clusterer.Candidate c : placed) {
                if (c.date() != null && canonical(c.story()).equals(story)) {
                    span = Clusterer.Span.of(c.date()).with(span);
                }
            }
            return span;
        }

        Clusterer.Decision add(Clusterer clusterer, String id, LocalDate date, List<String> keys) throws java.io.IOException {
            Clusterer.Decision d = clusterer.place(keys, date, "s" + id, "e" + id, this);
            d.merges().forEach(m -> mergedInto.put(canonical(m.from()), canonical(m.into())));
            placed.add(new Clusterer.Candidate(id, d.story(), d.event(), keys, date));
            return d;
        }

        /** Stories after merges, each with its articles' dates. */
        Map<String, List<LocalDate>> stories() {
            return placed.stream().collect(Collectors.groupingBy(c -> canonical(c.story()),
                    Collectors.mapping(Clusterer.Candidate::date, Collectors.toList())));
        }
    }

    private static final LocalDate START = LocalDate.of(2021, 1, 4);
    private final Clusterer clusterer = new Clusterer(Clusterer.Config.defaults());

    private static long spanDays(List<LocalDate> dates) {
        return dates.stream().mapToLong(LocalDate::toEpochDay).max().orElse(0) - dates.stream().mapToLong(LocalDate::toEpochDay).min().orElse(0);
    }

    /** Article {@code i} of a chain: one key shared with the one before, one with the one after, three of its own. */
    private static List<String> chainLink(int i) {
        return List.of("link" + i, "link" + (i + 1), "own" + i + "a", "own" + i + "b", "own" + i + "c");
    }

    @Test
    void aChainOfWeakLinksOverTwoYearsDoesNotMakeOneStory() throws Exception {
        Stream s = new Stream();
        for (int i = 0; i < 49; i++) {
            s.add(clusterer, "a" + i, START.plusDays(15L * i), chainLink(i));
        }
        Map<String, List<LocalDate>> stories = s.stories();
        assertThat(stories.size()).as("stories").isGreaterThan(4);
        assertThat(stories.values()).allSatisfy(dates -> assertThat(spanDays(dates)).as("span in days").isLessThanOrEqualTo(120));
    }

    @Test
    void withoutTheSpanBoundTheSameChainIsOneStory() throws Exception {
        Clusterer unbounded = new Clusterer(Clusterer.Config.defaults().withChaining(0, 0));
        Stream s = new Stream();
        for (int i = 0; i < 49; i++) {
            s.add(unbounded, "a" + i, START.plusDays(15L * i), chainLink(i));
        }
        assertThat(s.stories()).hasSize(1);
    }

    @Test
    void aContinuingStoryOfStrongLinksOverMonthsStaysOne() throws Exception {
        Stream s = new Stream();
        for (int i = 0; i < 10; i++) {
            s.add(clusterer, "a" + i, START.plusDays(20L * i), List.of("kowal", "veste", "genev", "harbo", "treat", "own" + i));
        }
        assertThat(s.stories()).hasSize(1);
        assertThat(spanDays(s.stories().values().iterator().next())).isEqualTo(20L * 9);
    }

    @Test
    void anArticleLinkedStronglyToOneStoryAndWeaklyToAnotherDoesNotMergeThem() throws Exception {
        Stream s = new Stream();
        s.add(clusterer, "a", START, List.of("kowal", "veste", "genev", "harbo"));
        s.add(clusterer, "b", START, List.of("norla", "bridg", "strik", "union"));
        Clusterer.Decision bridge = s.add(clusterer, "c", START, List.of("kowal", "veste", "genev", "harbo", "norla", "bridg"));
        assertThat(bridge.story()).isEqualTo("sa");
        assertThat(bridge.merges()).isEmpty();
        Clusterer.Decision old = s.add(new Clusterer(Clusterer.Config.defaults().withChaining(0, 0)), "d", START,
                List.of("kowal", "veste", "genev", "harbo", "norla", "bridg"));
        assertThat(old.merges()).as("the same link merges when merges are not bounded").contains(new Clusterer.Merge("sb", "sa"));
    }

    @Test
    void anArticleLinkedEquallyToTwoStoriesMergesThem() throws Exception {
        Stream s = new Stream();
        s.add(clusterer, "a", START, List.of("kowal", "veste"));
        s.add(clusterer, "b", START, List.of("norla", "harbo"));
        Clusterer.Decision bridge = s.add(clusterer, "c", START, List.of("kowal", "veste", "norla", "harbo"));
        assertThat(bridge.merges()).contains(new Clusterer.Merge("sb", "sa"));
    }

    @Test
    void aMergeThatWouldMakeAStoryOfAYearNeedsAStrongerLink() throws Exception {
        List<Boolean> merged = new ArrayList<>();
        Clusterer unbounded = new Clusterer(Clusterer.Config.defaults().withChaining(0, 0));
        for (double step : new double[] {Clusterer.Config.SPAN_STEP, 0}) {
            Stream s = new Stream();
            // a story of a year and a new one, both reaching to within the window of the bridging article
            for (int i = 0; i <= 12; i++) {
                s.add(unbounded, "a" + i, START.plusDays(30L * i), List.of("kowal", "veste", "genev", "harbo", "treat", "own" + i));
            }
            LocalDate end = START.plusDays(360);
            s.add(unbounded, "b0", end.plusDays(10), List.of("norla", "bridg", "strik", "union", "kowal"));
            assertThat(s.stories()).hasSize(2);
            Clusterer.Decision bridge = s.add(new Clusterer(Clusterer.Config.defaults().withChaining(step, 0)), "c", end.plusDays(5),
                    List.of("kowal", "veste", "genev", "harbo", "treat", "norla", "bridg", "strik", "union"));
            merged.add(!bridge.merges().stream().filter(m -> m.from().startsWith("s")).toList().isEmpty());
        }
        assertThat(merged).as("merged with the span bound, without it").containsExactly(false, true);
    }

    @Test
    void undatedArticlesAreNotBoundedBySpan() throws Exception {
        Stream s = new Stream();
        for (int i = 0; i < 10; i++) {
            s.add(clusterer, "a" + i, null, chainLink(i));
        }
        assertThat(s.stories()).hasSize(1);
    }

    @Test
    void theSpanExtraGrowsByTheStepPerWindowPastTheFirst() {
        Clusterer.Config c = Clusterer.Config.defaults().withChaining(0.1, 0.9);
        assertThat(c.spanExtra(0)).isZero();
        assertThat(c.spanExtra(30)).isZero();
        assertThat(c.spanExtra(60)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.spanExtra(240)).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Clusterer.Config.defaults().withChaining(0, 0.9).spanExtra(10_000)).isZero();
        assertThatThrownBy(() -> Clusterer.Config.defaults().withChaining(-0.1, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clusterer.Config.defaults().withChaining(0.1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clusterer.Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
