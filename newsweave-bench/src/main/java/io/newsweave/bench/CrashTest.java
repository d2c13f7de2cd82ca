package io.newsweave.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsweave.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The durability acceptance test. Generates a JSON Lines corpus, then {@code --kills} times starts
 * {@code newsweave ingest --list} as a subprocess, records every id it reports {@code ingested}
 * (only lines complete with their newline count), and kills it with SIGKILL after a seeded random
 * delay: one kill in four during JVM startup or journal replay, one in four while the run skips the
 * articles earlier runs stored, the rest while it stores new ones ({@link Moment});
 * then runs the ingest once more to completion and checks, through {@code export --format jsonl}
 * and by opening the store, that every reported id is stored exactly once, that no id is
 * reported ingested twice (which would mean a reported article was lost), that every generated
 * line is stored, and that the quarantine is empty. Prints a summary; exits 1 on any violation.
 *
 * <p>Usage: {@code CrashTest [--articles 10000] [--files 20] [--kills 10] [--seed 7]
 * [--jar newsweave-cli/target/newsweave.jar] [--work target/crash-test]}
 */
public final class CrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path jar;
    private final Path work;
    private final Path data;
    private final List<String> inputs = new ArrayList<>();
    private final Map<String, Integer> reported = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int runs;

    private CrashTest(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
        this.data = work.resolve("data");
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "CrashTest [--articles N] [--files F] [--kills K] [--seed S] [--jar JAR] [--work DIR]");
        int articles = o.intValue("articles", 10_000);
        int kills = o.intValue("kills", 10);
        long seed = o.longValue("seed", 7);
        Path jar = o.path("jar", Path.of("newsweave-cli/target/newsweave.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("no CLI jar at " + jar.toAbsolutePath() + "; build it with ./mvnw -B -o -pl newsweave-cli -am package -DskipTests");
            System.exit(2);
        }
        CrashTest test = new CrashTest(jar, o.path("work", Path.of("newsweave-bench/target/crash-test")));
        System.exit(test.run(articles, o.intValue("files", 20), kills, seed) ? 0 : 1);
    }

    private boolean run(int articles, int files, int kills, long seed) throws Exception {
        deleteTree(work);
        long t0 = System.nanoTime();
        for (Path p : new SyntheticCorpus(seed, articles).writeJsonl(work.resolve("corpus"), files)) {
            inputs.add(p.toString());
        }
        System.out.printf(Locale.ROOT, "generated %d articles in %d files in %.1f s%n", articles, files, (System.nanoTime() - t0) / 1e9);
        Random random = new Random(seed);
        int killed = 0;
        int finishedEarly = 0;
        for (int k = 0; k < kills; k++) {
            Moment moment = k % 4 == 1 ? Moment.STARTUP : k % 4 == 3 ? Moment.SKIPPING : Moment.INGESTING;
            long delayMs = switch (moment) {
                case STARTUP -> 100 + random.nextInt(1_400);
                case SKIPPING -> 1_500 + random.nextInt(8_000);
                case INGESTING -> 200 + random.nextInt(8_000);
            };
            Run r = ingest(moment, delayMs);
            System.out.printf(Locale.ROOT, "run %2d: killed %-9s %5d ms after %s, %5d ingested reported (%d in all)%s%n", k + 1,
                    moment.name().toLowerCase(Locale.ROOT), delayMs, moment == Moment.INGESTING ? "its first new article" : "start",
                    r.ingested(), reported.size(), r.exited() ? ", had already exited " + r.exitCode() : "");
            if (r.exited()) {
                finishedEarly++;
            } else {
                killed++;
            }
        }
        Run last = ingest(Moment.STARTUP, -1);
        System.out.printf(Locale.ROOT, "final run: exit %d, %d ingested reported (%d in all)%n", last.exitCode(), last.ingested(), reported.size());
        if (last.exitCode() != 0) {
            violations.add("final ingest exited " + last.exitCode() + " (see " + work.resolve("run-" + runs + ".err") + ")");
        }
        verify(articles);
        System.out.println();
        System.out.printf(Locale.ROOT, "kills: %d (plus %d runs that had finished before their kill)%n", killed, finishedEarly);
        System.out.printf(Locale.ROOT, "ids reported ingested: %d distinct%n", reported.size());
        violations.forEach(v -> System.out.println("VIOLATION: " + v));
        System.out.println(violations.isEmpty() ? "CRASH TEST PASSED" : "CRASH TEST FAILED (" + violations.size() + " violations)");
        return violations.isEmpty();
    }

    /** The outcome of one subprocess run. */
    private record Run(int ingested, boolean exited, int exitCode) {
    }

    /**
     * When a kill lands: during JVM startup and journal replay, while the run skips what earlier
     * runs stored (it analyzes them again to find their ids), or while it stores new articles.
     */
    private enum Moment {
        STARTUP, SKIPPING, INGESTING
    }

    /**
     * Runs one ingest and kills it {@code killAfterMs} after its start, or, for
     * {@link Moment#INGESTING}, after its first new article is reported; waits for it to finish
     * when {@code killAfterMs} is negative.
     */
    private Run ingest(Moment moment, long killAfterMs) throws Exception {
        runs++;
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(), "ingest", "--list", "-q", "--data", data.toString()));
        command.addAll(inputs);
        Process process = new ProcessBuilder(command).redirectError(work.resolve("run-" + runs + ".err").toFile()).start();
        List<String> ids = new ArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> readReports(process.getInputStream(), ids, first));
        boolean exited;
        if (killAfterMs < 0) {
            process.waitFor();
            exited = true;
        } else {
            if (moment == Moment.INGESTING) {
                while (!first.await(50, TimeUnit.MILLISECONDS) && process.isAlive()) {
                    Thread.onSpinWait();
                }
            }
            exited = process.waitFor(killAfterMs, TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
        reader.join();
        for (String id : ids) {
            if (reported.merge(id, 1, Integer::sum) == 2) {
                violations.add("id " + id + " reported ingested twice (lost after its first report?)");
            }
        }
        return new Run(ids.size(), exited, exited ? process.exitValue() : -9);
    }

    /** Collects the ids of complete {@code ingested} lines; a line cut by the kill has no newline and is ignored. */
    private static void readReports(InputStream in, List<String> ids, CountDownLatch first) {
        StringBuilder line = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int c;
            while ((c = r.read()) >= 0) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                String[] fields = line.toString().split("\t", 3);
                if (fields.length == 3 && fields[0].equals("ingested")) {
                    synchronized (ids) {
                        ids.add(fields[1]);
                    }
                    first.countDown();
                }
                line.setLength(0);
            }
        } catch (IOException e) {
            // the process was killed mid-write: what was read so far stands
        }
    }

    private void verify(int articles) throws Exception {
        Process export = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "export", "--format", "jsonl", "--data", data.toString())
                .redirectError(work.resolve("export.err").toFile()).start();
        Map<String, Integer> ids = new HashMap<>();
        Set<String> origins = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(export.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode node = JSON.readTree(line);
                if (node.path("type").asText().equals("article")) {
                    ids.merge(node.path("id").asText(), 1, Integer::sum);
                    origins.add(node.path("origin").asText());
                }
            }
        }
        int exportExit = export.waitFor();
        if (exportExit != 0) {
            violations.add("export exited " + exportExit);
        }
        long twice = ids.values().stream().filter(n -> n > 1).count();
        long missing = reported.keySet().stream().filter(id -> !ids.containsKey(id)).count();
        long unreachedLines = 0;
        for (String input : inputs) {
            try (var lines = Files.lines(Path.of(input))) {
                long n = lines.count();
                for (long i = 1; i <= n; i++) {
                    if (!origins.contains(input + "#" + i)) {
                        unreachedLines++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "export: %d articles, %d distinct ids, %d ids more than once, %d reported ids missing, %d input lines not stored%n",
                ids.values().stream().mapToInt(Integer::intValue).sum(), ids.size(), twice, missing, unreachedLines);
        if (twice > 0) {
            violations.add(twice + " ids appear more than once in the export");
        }
        if (missing > 0) {
            violations.add(missing + " ids reported ingested are missing from the export");
        }
        if (ids.size() != articles) {
            violations.add("export holds " + ids.size() + " distinct ids, expected " + articles);
        }
        if (unreachedLines > 0) {
            violations.add(unreachedLines + " generated lines have no stored article");
        }
        try (Store store = Store.open(data)) {
            System.out.printf(Locale.ROOT, "store opens: %d articles, quarantine %d entries%n", store.size(), store.quarantine().size());
            if (store.size() != articles) {
                violations.add("store holds " + store.size() + " articles, expected " + articles);
            }
        } catch (IOException | RuntimeException e) {
            violations.add("store does not open: " + e);
        }
        Path quarantine = data.resolve("quarantine");
        if (Files.isDirectory(quarantine)) {
            try (var entries = Files.list(quarantine)) {
                long n = entries.count();
                if (n > 0) {
                    violations.add("quarantine holds " + n + " files");
                }
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
