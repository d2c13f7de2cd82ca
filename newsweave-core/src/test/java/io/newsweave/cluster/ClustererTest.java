package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClustererTest {

    /** An in-memory candidate source over the articles placed so far. */
    private static final class Memory implements Clusterer.Candidates {
        final List<Clusterer.Candidate> placed = new ArrayList<>();

        @Override
        public List<Clusterer.Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) {
            return placed.stream()
                    .filter(c -> c.keys().texts().stream().anyMatch(keys::contains))
                    .filter(c -> Clusterer.withinDays(date, c.date(), windowDays))
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

        Clusterer.Decision add(Clusterer clusterer, String id, LocalDate date, String... keys) throws java.io.IOException {
            Clusterer.Decision d = clusterer.place(List.of(keys), date, "s" + id, "e" + id, this);
            placed.add(new Clusterer.Candidate(id, d.story(), d.event(), List.of(keys), date));
            return d;
        }
    }

    private final Clusterer clusterer = new Clusterer(Clusterer.Config.defaults());
    private static final LocalDate DAY = LocalDate.of(2021, 12, 7);

    @Test
    void anArticleLikeAnEarlierOneJoinsItsStoryAndEvent() throws Exception {
        Memory m = new Memory();
        Clusterer.Decision first = m.add(clusterer, "a", DAY, "kowal", "veste", "genev", "l:en");
        Clusterer.Decision second = m.add(clusterer, "b", DAY.plusDays(1), "kowal", "veste", "genev", "l:fr");
        assertThat(first).isEqualTo(new Clusterer.Decision("sa", "ea", List.of()));
        assertThat(second).isEqualTo(new Clusterer.Decision("sa", "ea", List.of()));
    }

    @Test
    void aLaterFollowUpJoinsTheStoryButStartsAnEvent() throws Exception {
        Memory m = new Memory();
        m.add(clusterer, "a", DAY, "kowal", "veste", "genev", "l:en");
        Clusterer.Decision later = m.add(clusterer, "b", DAY.plusDays(20), "kowal", "veste", "genev", "l:en");
        assertThat(later.story()).isEqualTo("sa");
        assertThat(later.event()).isEqualTo("eb");
    }

    @Test
    void unrelatedOrTooDistantArticlesStartNewStories() throws Exception {
        Memory m = new Memory();
        m.add(clusterer, "a", DAY, "kowal", "veste", "genev", "l:en");
        assertThat(m.add(clusterer, "b", DAY, "other", "names", "l:en").story()).isEqualTo("sb");
        assertThat(m.add(clusterer, "c", DAY.plusDays(31), "kowal", "veste", "genev", "l:en").story()).isEqualTo("sc");
    }

    @Test
    void anArticleLinkingTwoStoriesMergesThem() throws Exception {
        Memory m = new Memory();
        m.add(clusterer, "a", DAY, "kowal", "veste", "l:en");
        m.add(clusterer, "b", DAY, "norla", "harbo", "l:en");
        Clusterer.Decision bridge = m.add(clusterer, "c", DAY, "kowal", "veste", "norla", "harbo", "l:en");
        assertThat(bridge.story()).isEqualTo("sa");
        assertThat(bridge.merges()).containsExactly(new Clusterer.Merge("sb", "sa"), new Clusterer.Merge("eb", "ea"));
    }

    @Test
    void theSameInputGivesTheSameDecisions() throws Exception {
        List<Clusterer.Decision> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Memory m = new Memory();
            m.add(clusterer, "a", DAY, "kowal", "veste", "l:en");
            m.add(clusterer, "b", DAY, "kowal", "veste", "l:en");
            runs.add(m.add(clusterer, "c", DAY, "kowal", "veste", "l:en"));
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1));
    }

    @Test
    void anArticleWithoutFeaturesStartsItsOwnStory() throws Exception {
        Memory m = new Memory();
        m.add(clusterer, "a", DAY, "kowal", "l:en");
        assertThat(m.add(clusterer, "b", null).story()).isEqualTo("sb");
    }

    @Test
    void inconsistentConfigurationsAreRejected() {
        Similarity.Weights w = Similarity.Weights.defaults();
        assertThatThrownBy(() -> new Clusterer.Config(3, 5, 0.2, 0.3, 0.5, 0.6, 10, w)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clusterer.Config(30, 3, 0.3, 0.2, 0.5, 0.6, 10, w)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clusterer.Config(30, 3, 0, 0.2, 0.5, 0.6, 10, w)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clusterer.Config(30, 3, 0.2, 0.3, 0.5, 0.6, 0, w)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Fixed candidates, each story with a fixed profile; every key counted once in the collection. */
    private record Fixed(List<Clusterer.Candidate> candidates, Map<String, StoryProfile> profiles) implements Clusterer.Candidates {
        @Override
        public List<Clusterer.Candidate> near(List<String> keys, LocalDate date, int windowDays, int limit) {
            return candidates;
        }

        @Override
        public int[] docFreqs(CodedKeys keys) {
            int[] out = new int[keys.size()];
            java.util.Arrays.fill(out, 1);
            return out;
        }

        @Override
        public int size() {
            return 1_000;
        }

        @Override
        public StoryProfile profile(String story) {
            return profiles.get(story);
        }
    }

    /** A full profile: {@link StoryProfile#MEMBERS} articles, each with {@code shared} and one key of its own. */
    private static StoryProfile profileOf(String... shared) {
        List<CodedKeys> members = new ArrayList<>();
        for (int i = 0; i < StoryProfile.MEMBERS; i++) {
            List<String> keys = new ArrayList<>(List.of(shared));
            keys.add("own" + i);
            members.add(CodedKeys.of(keys));
        }
        return StoryProfile.of(members);
    }

    private static final Clusterer PROFILED = new Clusterer(Clusterer.Config.defaults().withProfiles(0.10, 0.05, 0.10));

    @Test
    void aLongStorylineIsJoinedByWhatItKeepsSayingThoughNoSingleArticleLinksStrongly() throws Exception {
        List<String> many = new ArrayList<>(List.of("kowal"));
        for (int i = 0; i < 20; i++) {
            many.add("detai" + i);
        }
        // its one candidate shares a single name among twenty: a link under the story threshold
        Fixed source = new Fixed(List.of(new Clusterer.Candidate("c", "s-long", "e-c", many, DAY.minusDays(2))),
                Map.of("s-long", profileOf("kowal", "veste", "genev")));
        Clusterer.Decision d = PROFILED.place(List.of("kowal", "veste", "genev", "l:en"), DAY, "s-new", "e-new", source);
        assertThat(d.story()).isEqualTo("s-long");
        assertThat(d.event()).as("no event link").isEqualTo("e-new");
        // without profiles the same link starts a story
        Clusterer unprofiled = new Clusterer(Clusterer.Config.defaults().withProfiles(0, 0, 0));
        assertThat(unprofiled.place(List.of("kowal", "veste", "genev", "l:en"), DAY, "s-new", "e-new", source).story())
                .isEqualTo("s-new");
    }

    @Test
    void oneCloseArticleDoesNotPullANewReportIntoAStoryThatSaysSomethingElse() throws Exception {
        Fixed source = new Fixed(List.of(new Clusterer.Candidate("c", "s-other", "e-c", List.of("kowal", "veste", "genev"), DAY)),
                Map.of("s-other", profileOf("norla", "harbo", "tanke")));
        List<String> keys = List.of("kowal", "veste", "genev", "l:en");
        assertThat(PROFILED.place(keys, DAY, "s-new", "e-new", source).story()).isEqualTo("s-new");
        // a story of one article has no profile: the link decides
        Fixed small = new Fixed(source.candidates(), Map.of());
        assertThat(PROFILED.place(keys, DAY, "s-new", "e-new", small).story()).isEqualTo("s-other");
    }

    @Test
    void theProfileThresholdFallsAsAStoryGrows() {
        assertThat(Clusterer.byMembers(0.15, 0.10, 2)).isEqualTo(0.15);
        assertThat(Clusterer.byMembers(0.15, 0.10, StoryProfile.MEMBERS)).isEqualTo(0.10);
        assertThat(Clusterer.byMembers(0.15, 0.10, 7)).isStrictlyBetween(0.10, 0.15);
        assertThatThrownBy(() -> Clusterer.Config.defaults().withProfiles(1.5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
