package io.newsweave.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.bench.SyntheticArticle;
import io.newsweave.bench.SyntheticCorpus;
import io.newsweave.placement.PlacementJson;
import io.newsweave.placement.PlacementRecord;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inputs and readings shared by the job's tests: our own generated articles, and the stories a store holds. */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** {@code n} generated news-please JSON Lines records (languages en, fr, es, de; about six per topic). */
    static List<String> articles(long seed, int n) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, n);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SyntheticArticle a = corpus.article(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", a.title());
            m.put("maintext", a.body());
            m.put("date_publish", a.published().toString());
            m.put("language", a.language());
            m.put("url", a.url());
            m.put("source_domain", a.source());
            try {
                lines.add(JSON.writeValueAsString(m));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /** The placement records of the values of a placements topic, in order. */
    static List<PlacementRecord> records(List<String> values) {
        return values.stream().map(PlacementJson::read).toList();
    }

    /** Stories as sets of article ids (after merges), as a store reads them back. */
    static Set<Set<String>> stories(Store store) throws IOException {
        Map<String, Set<String>> byStory = new HashMap<>();
        store.forEach(s -> byStory.computeIfAbsent(s.story(), k -> new HashSet<>()).add(s.article().id()));
        return new HashSet<>(byStory.values());
    }

    /** Events as sets of article ids (after merges). */
    static Set<Set<String>> events(Store store) throws IOException {
        Map<String, Set<String>> byEvent = new HashMap<>();
        store.forEach(s -> byEvent.computeIfAbsent(s.event(), k -> new HashSet<>()).add(s.article().id()));
        return new HashSet<>(byEvent.values());
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
