package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.LocalEntity;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Thread CPU of the entity stage on real articles, the two halves apart: recognition (the
 * analysis threads' part) and identity (the registry, in the ordered step), per document and per
 * 4,000 characters (the budget: 0.5 ms for both). Every SlavicNER dev raw text in file
 * order, in the corpus's language, through one recognizer and one registry, three rounds (the
 * last is the warm figure). Run:
 * {@code java ... io.newsweave.bench.EntityCost ../shared/datasets}; skips without the data.
 */
public final class EntityCost {

    private EntityCost() {
    }

    public static void main(String[] args) throws IOException {
        Path raw = Path.of(args.length > 0 ? args[0] : "../shared/datasets").resolve("entities-slavicner-dev/raw");
        if (!Files.isDirectory(raw)) {
            System.out.println("no " + raw + ": skipped");
            return;
        }
        List<String[]> docs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(raw)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                docs.add(new String[] {p.getParent().getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)});
            }
        }
        long chars = docs.stream().mapToLong(d -> d[1].length()).sum();
        EntityRecognizer recognizer = new EntityRecognizer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            EntityRegistry registry = new EntityRegistry();
            long recognize = 0;
            long resolve = 0;
            for (String[] d : docs) {
                long t0 = threads.getCurrentThreadCpuTime();
                List<LocalEntity> local = recognizer.recognize(d[1], d[0]);
                long t1 = threads.getCurrentThreadCpuTime();
                registry.resolve(d[0], local);
                resolve += threads.getCurrentThreadCpuTime() - t1;
                recognize += t1 - t0;
            }
            double per4k = 4_000.0 / ((double) chars / docs.size());
            System.out.printf(Locale.ROOT, "round %d: %,d documents, mean %,d characters: recognize %.3f ms, identity %.3f ms per document;"
                            + " %.3f ms per 4,000 characters%n", round, docs.size(), chars / docs.size(), recognize / 1e6 / docs.size(),
                    resolve / 1e6 / docs.size(), (recognize + resolve) / 1e6 / docs.size() * per4k);
        }
    }
}
