package io.newsweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsweave.cluster.Clusterer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation harness's labelled sets and scores (package-private in {@code newsweave-bench}),
 * opened to the Flink job's equivalence measurement: the documents as the JSON Lines records
 * {@link ClusterRun} ingests, the embedded pipeline's stories of them, and the same scores
 * {@link ClusteringEval} prints (same-story F1 on SemEval dev, BCubed F1 on SlavicNER dev).
 */
public final class EvalSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSets() {
    }

    /** A labelled set: document ids and their JSON Lines records in stream order, and how to score stories of them. */
    public record LabelledSet(String name, List<String> ids, List<String> lines, Scorer scorer) {
    }

    /** Scores a story per document id. */
    public interface Scorer {
        /** Named figures, e.g. {@code same story F1 (all)} or {@code BCubed F1}. */
        Map<String, Double> score(Map<String, String> storyOfDoc);
    }

    public static LabelledSet semeval(Path shared) throws IOException {
        ClusteringEval.PairSet set = ClusteringEval.semeval(shared.resolve("datasets/pairs-semeval2022-dev/training_set.csv"));
        return new LabelledSet("semeval", set.docs().stream().map(ClusterRun.Doc::id).toList(), lines(set.docs()), stories -> {
            Map<String, ClusterRun.Placed> placed = placed(stories);
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            out.put("same story F1, all pairs", ClusteringEval.prf(set.pairs(), placed, ClusterRun.Placed::story, p -> true)[2]);
            out.put("same story F1, same-language", ClusteringEval.prf(set.pairs(), placed, ClusterRun.Placed::story,
                    p -> !p.crossLingual())[2]);
            out.put("same story F1, cross-lingual", ClusteringEval.prf(set.pairs(), placed, ClusterRun.Placed::story,
                    ClusteringEval.Pair::crossLingual)[2]);
            return out;
        });
    }

    public static LabelledSet slavicner(Path shared) throws IOException {
        ClusteringEval.TopicSet set = ClusteringEval.slavicNer(shared.resolve("datasets/entities-slavicner-dev/raw"));
        return new LabelledSet("slavicner", set.docs().stream().map(ClusterRun.Doc::id).toList(), lines(set.docs()), stories -> {
            ClusterScores.Prf b = ClusterScores.bcubed(stories, set.topics());
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            out.put("BCubed F1", b.f1());
            out.put("BCubed P", b.precision());
            out.put("BCubed R", b.recall());
            out.put("pairwise F1", ClusterScores.pairwise(stories, set.topics()).f1());
            return out;
        });
    }

    /** The embedded pipeline's story of each document (2 analysis threads, the default grouping), as the harness runs it. */
    public static Map<String, String> embedded(Path shared, LabelledSet set, Path work) throws IOException {
        List<ClusterRun.Doc> docs = switch (set.name()) {
            case "semeval" -> ClusteringEval.semeval(shared.resolve("datasets/pairs-semeval2022-dev/training_set.csv")).docs();
            case "slavicner" -> ClusteringEval.slavicNer(shared.resolve("datasets/entities-slavicner-dev/raw")).docs();
            default -> throw new IllegalArgumentException(set.name());
        };
        Map<String, String> out = new HashMap<>();
        ClusterRun.run(docs, Clusterer.Config.defaults(), work, 2).forEach((id, p) -> out.put(id, p.story()));
        return out;
    }

    /** The real-news JSON Lines stream of {@code RealNewsBench}, or null when the data sets are absent. */
    public static List<String> realNews() {
        Path root = DatasetArticles.locate();
        return root == null ? null : RealNewsStreams.of(root).jsonLines();
    }

    private static Map<String, ClusterRun.Placed> placed(Map<String, String> stories) {
        Map<String, ClusterRun.Placed> out = new HashMap<>();
        stories.forEach((id, story) -> out.put(id, new ClusterRun.Placed(story, story, List.of())));
        return out;
    }

    /** The records ClusterRun writes for the documents. */
    private static List<String> lines(List<ClusterRun.Doc> docs) {
        return docs.stream().map(d -> {
            ObjectNode node = JSON.createObjectNode().put("title", d.title() == null ? "" : d.title()).put("maintext", d.text());
            if (d.language() != null) {
                node.put("language", d.language());
            }
            if (d.date() != null) {
                node.put("date_publish", d.date());
            }
            try {
                return JSON.writeValueAsString(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
