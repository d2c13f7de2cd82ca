package io.newsweave.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every article text of the labelled data sets in {@code ../shared/datasets} (see its README), as
 * inputs that {@code newsweave ingest} reads: text and HTML files as they are, and one JSON Lines
 * file (news-please fields {@code title}, {@code maintext}, {@code date_publish}, {@code language};
 * a field is left out when the data set does not give it) per source file of the data sets that
 * hold their texts in CSV, TimeML, CoNLL or BIO form. Uses the parsers of the evaluations
 * ({@link CsvRows}, {@link ClusteringEval#semeval}, {@link TimexEval}, {@link TimelineEval#detokenize})
 * so that both see the same texts. Does not read the labels, and invents no URL or outlet.
 * Stateless.
 */
public final class DatasetArticles {

    /** The data sets, by directory name, in the order {@link #all} returns them. */
    public static final List<String> NAMES = List.of("extraction-dev", "entities-slavicner-dev", "quotes-polnear-dev",
            "pairs-semeval2022-dev", "timeline-t17-dev", "timeml-en-tbaq", "ner-conll2002-dev", "time-xtn-dev");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One data set's texts: files read as they are ({@code files}, under {@code root}) and texts
     * derived from structured files ({@code records}).
     */
    public record Dataset(String name, Path root, List<Path> files, List<Record> records) {

        public Dataset {
            files = List.copyOf(files);
            records = List.copyOf(records);
        }

        /** How many article texts it holds. */
        public int size() {
            return files.size() + records.size();
        }

        /**
         * Writes its inputs into a new directory {@code dir/name}: the files copied under their
         * path relative to {@link #root}, the records as {@code <input>} JSON Lines files.
         *
         * @return that directory
         */
        public Path write(Path dir) throws IOException {
            Path out = Files.createDirectories(dir.resolve(name));
            for (Path f : files) {
                Path target = out.resolve(root.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
            Map<String, List<Record>> byInput = new LinkedHashMap<>();
            records.forEach(r -> byInput.computeIfAbsent(r.input(), k -> new ArrayList<>()).add(r));
            for (var e : byInput.entrySet()) {
                try (Writer w = Files.newBufferedWriter(out.resolve(e.getKey()), StandardCharsets.UTF_8)) {
                    for (Record r : e.getValue()) {
                        w.write(r.toJson());
                        w.write('\n');
                    }
                }
            }
            return out;
        }
    }

    /**
     * One text from a structured file, with what the data set says about it ({@code null} when
     * nothing).
     *
     * @param input    the JSON Lines file it is written to, named after its source file
     * @param id       where it is in the data set, for messages
     * @param date     ISO date of publication (or the document creation time)
     * @param language ISO 639-1 code
     */
    public record Record(String input, String id, String title, String text, String date, String language) {

        /** The news-please object, one line. */
        String toJson() {
            ObjectNode o = JSON.createObjectNode();
            if (title != null) {
                o.put("title", title);
            }
            o.put("maintext", text);
            if (date != null) {
                o.put("date_publish", date);
            }
            if (language != null) {
                o.put("language", language);
            }
            try {
                return JSON.writeValueAsString(o);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private DatasetArticles() {
    }

    /**
     * {@code shared/datasets} next to the repository, looked up from the working directory of a
     * module or of the repository root; {@code null} when absent.
     */
    public static Path locate() {
        return Stream.of("../../shared/datasets", "../shared/datasets", "shared/datasets").map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("extraction-dev"))).findFirst().map(Path::toAbsolutePath).orElse(null);
    }

    /** Every data set of {@link #NAMES} under {@code root}; fails when one is missing. */
    public static List<Dataset> all(Path root) throws IOException {
        List<Dataset> out = new ArrayList<>();
        for (String name : NAMES) {
            out.add(read(root, name));
        }
        return out;
    }

    /** The data set {@code name} (one of {@link #NAMES}) under {@code root}. */
    public static Dataset read(Path root, String name) throws IOException {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "data set missing");
        }
        return switch (name) {
            case "extraction-dev" -> new Dataset(name, dir, files(dir.resolve("html"), ".html"), List.of());
            case "entities-slavicner-dev" -> new Dataset(name, dir, files(dir.resolve("raw"), ".txt"), List.of());
            case "quotes-polnear-dev" -> {
                List<Path> texts = new ArrayList<>(files(dir.resolve("dev/text"), ".txt"));
                texts.addAll(files(dir.resolve("train/text"), ".txt"));
                yield new Dataset(name, dir, texts, List.of());
            }
            case "pairs-semeval2022-dev" -> new Dataset(name, dir, List.of(), semeval(dir.resolve("training_set.csv")));
            case "timeline-t17-dev" -> new Dataset(name, dir, List.of(), timeline17(dir.resolve("articles")));
            case "timeml-en-tbaq" -> new Dataset(name, dir, List.of(), timeMl(dir));
            case "ner-conll2002-dev" -> {
                List<Record> records = new ArrayList<>();
                for (String part : List.of("esp.train", "esp.testa", "ned.train", "ned.testa")) {
                    records.addAll(ConllDocuments.read(dir.resolve(part), part.startsWith("esp") ? "es" : "nl"));
                }
                yield new Dataset(name, dir, List.of(), records);
            }
            case "time-xtn-dev" -> new Dataset(name, dir, List.of(), bio(dir.resolve("timebank-es-train.tsv")));
            default -> throw new IllegalArgumentException("unknown data set " + name + "; known: " + NAMES);
        };
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** SemEval-2022 pairs: each distinct article once, in the language its row declares. */
    private static List<Record> semeval(Path csv) throws IOException {
        List<Record> out = new ArrayList<>();
        for (ClusterRun.Doc d : ClusteringEval.semeval(csv).docs()) {
            out.add(new Record("training_set.jsonl", "pair article " + d.id(), d.title(), d.text(), d.date(), d.language()));
        }
        return out;
    }

    /** Timeline17 source articles, one JSON Lines file per topic, detokenized as the timeline evaluation reads them. */
    private static List<Record> timeline17(Path articles) throws IOException {
        List<Record> out = new ArrayList<>();
        List<Path> topics;
        try (Stream<Path> s = Files.list(articles)) {
            topics = s.filter(p -> Files.exists(p.resolve("outputwithpub.csv"))).sorted().toList();
        }
        for (Path topic : topics) {
            List<Map<String, String>> rows;
            try (BufferedReader in = Files.newBufferedReader(topic.resolve("outputwithpub.csv"), StandardCharsets.UTF_8)) {
                rows = CsvRows.read(in);
            }
            String name = topic.getFileName().toString();
            for (int i = 0; i < rows.size(); i++) {
                out.add(new Record(name + ".jsonl", name + " row " + (i + 1), null,
                        TimelineEval.detokenize(rows.get(i).getOrDefault("text", "")), rows.get(i).get("date"), "en"));
            }
        }
        return out;
    }

    private static List<Record> timeMl(Path dir) throws IOException {
        List<Record> out = new ArrayList<>();
        for (TimexEval.Doc d : TimexEval.readTimeMl(dir)) {
            out.add(new Record("tbaq.jsonl", d.id(), null, d.text(), d.dct().toString(), "en"));
        }
        return out;
    }

    private static List<Record> bio(Path tsv) throws IOException {
        List<Record> out = new ArrayList<>();
        for (TimexEval.Doc d : TimexEval.readBio(tsv)) {
            out.add(new Record("timebank-es-train.jsonl", d.id(), null, d.text(), d.dct().toString(), "es"));
        }
        return out;
    }
}
