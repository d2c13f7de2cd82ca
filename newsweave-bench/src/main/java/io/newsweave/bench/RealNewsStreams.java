package io.newsweave.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The inputs of {@link RealNewsBench}, made from every article text of {@link DatasetArticles}:
 * one JSON Lines stream of every text that is not an HTML page, and the HTML pages as files, each
 * in a random order drawn from the fixed {@link #SEED}. A derived record keeps what its data set
 * gives (title, date, language only where the data set declares one); a plain-text file becomes
 * {@code {"maintext": <its text>}} with no title, date or language, which newsweave reads as it
 * reads the file itself (the title is found in the text; none of these files has a date header).
 * A data set or file that cannot be read is left out and named in {@link Streams#skipped}. Stateless.
 */
final class RealNewsStreams {

    /** The seed of both orders. */
    static final long SEED = 20_261_202L;

    /**
     * The two streams.
     *
     * @param jsonLines one news-please JSON object per text, in stream order
     * @param pages     the HTML pages, in stream order
     * @param skipped   what could not be read, with why
     */
    record Streams(List<String> jsonLines, List<Path> pages, List<String> skipped) {

        Streams {
            jsonLines = List.copyOf(jsonLines);
            pages = List.copyOf(pages);
            skipped = List.copyOf(skipped);
        }

        /** Writes the JSON Lines stream to {@code file}, one object a line. */
        void writeJsonl(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : jsonLines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
    }

    private RealNewsStreams() {
    }

    /** The streams of every data set of {@link DatasetArticles#NAMES} under {@code root} that can be read. */
    static Streams of(Path root) {
        List<DatasetArticles.Dataset> sets = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String name : DatasetArticles.NAMES) {
            try {
                sets.add(DatasetArticles.read(root, name));
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                skipped.add(name + ": " + e);
            }
        }
        Streams streams = of(sets);
        skipped.addAll(streams.skipped());
        return new Streams(streams.jsonLines(), streams.pages(), skipped);
    }

    /** The streams of {@code sets}, in the seeded orders. */
    static Streams of(List<DatasetArticles.Dataset> sets) {
        List<String> lines = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DatasetArticles.Dataset set : sets) {
            for (Path file : set.files()) {
                if (isPage(file)) {
                    pages.add(file);
                    continue;
                }
                try {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    lines.add(new DatasetArticles.Record(file.getFileName().toString(), file.toString(), null, text, null, null).toJson());
                } catch (IOException e) {
                    skipped.add(file + ": " + e);
                }
            }
            for (DatasetArticles.Record record : set.records()) {
                lines.add(record.toJson());
            }
        }
        Collections.shuffle(lines, new Random(SEED));
        Collections.shuffle(pages, new Random(SEED));
        return new Streams(lines, pages, skipped);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
