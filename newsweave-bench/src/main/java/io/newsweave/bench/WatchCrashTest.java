package io.newsweave.bench;

import io.newsweave.store.Store;

import java.io.BufferedReader;
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
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The kill -9 test of {@code newsweave watch}: {@link SoakSites} on loopback, the watcher run as a
 * separate process ({@code java -jar newsweave.jar watch --list}) and killed with SIGKILL
 * {@code --kills} times at random moments ({@code --kill-after-ms} plus up to {@code --kill-within-ms} after each start), then run until every good article is in
 * {@code DIR/watch/seen.log} and stopped with SIGTERM. Checks: every article reported
 * {@code collected} or {@code copy} is in the store, the store holds each good article once (as
 * many articles as good pages, no canonical URL twice), what was reported is what is stored, and
 * no URL was reported collected twice (a page refetched after a crash is reported as a copy).
 * Exit code 1 on a violation.
 */
public final class WatchCrashTest {

    private WatchCrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "WatchCrashTest [--sources 60] [--items 20] [--hosts 12] [--kills 4] [--seed 1] "
                + "[--kill-after-ms 10000] [--kill-within-ms 12000] [--jar newsweave-cli/target/newsweave.jar] [--work DIR] [--max-seconds 900]");
        int sourceCount = o.intValue("sources", 60);
        int items = o.intValue("items", 20);
        int hosts = o.intValue("hosts", 12);
        int kills = o.intValue("kills", 4);
        SplittableRandom random = new SplittableRandom(o.longValue("seed", 1));
        Path jar = o.path("jar", Path.of("newsweave-cli/target/newsweave.jar")).toAbsolutePath();
        Path work = o.path("work", Path.of("/tmp/newsweave-watch-crash"));
        long maxSeconds = o.longValue("max-seconds", 900);
        long killAfter = o.longValue("kill-after-ms", 10_000);
        long killWithin = Math.max(1, o.longValue("kill-within-ms", 12_000));
        CrashTest.deleteTree(work);
        Files.createDirectories(work);
        Path data = work.resolve("data");
        List<String> violations = new ArrayList<>();
        Map<String, String> collectedIdByUrl = new HashMap<>();
        int copies = 0;
        Set<String> copyIds = new HashSet<>();
        long t0 = System.nanoTime();
        long seenBefore = 0;
        try (SoakSites sites = new SoakSites(sourceCount, items, hosts, 0.1, 4_000)) {
            Path file = work.resolve("sources.txt");
            Files.write(file, sites.lines());
            int good = sites.goodArticles.size();
            System.out.printf(Locale.ROOT, "crash test: %d sources, %d good articles, %d kills%n", sourceCount, good, kills);
            for (int run = 0; run <= kills; run++) {
                boolean last = run == kills;
                Process process = new ProcessBuilder(javaBinary(), "-Xmx1g", "-jar", jar.toString(), "watch", "--list", "-q",
                        "--host-delay", "50", "--data", data.toString(), file.toString())
                        .redirectError(work.resolve("run-" + run + ".err").toFile()).start();
                List<String> lines = new ArrayList<>();
                Thread reader = Thread.ofPlatform().start(() -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            synchronized (lines) {
                                lines.add(line);
                            }
                        }
                    } catch (java.io.IOException e) {
                        // the process was killed
                    }
                });
                if (!last) {
                    long wait = killAfter + random.nextLong(killWithin);
                    if (!process.waitFor(wait, TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                    }
                } else {
                    Path seen = data.resolve("watch/seen.log");
                    while (System.nanoTime() - t0 < maxSeconds * 1_000_000_000L
                            && (!Files.exists(seen) || Files.readAllLines(seen).size() < good)) {
                        Thread.sleep(500);
                    }
                    process.destroy();
                }
                process.waitFor();
                reader.join();
                int fresh = 0;
                for (String line : lines) {
                    String[] f = line.split("\t");
                    if (f.length == 3 && f[0].equals("collected")) {
                        fresh++;
                        String before = collectedIdByUrl.put(f[2], f[1]);
                        if (before != null) {
                            violations.add(f[2] + " reported collected twice (" + before + ", " + f[1] + ")");
                        }
                    } else if (f.length == 3 && f[0].equals("copy")) {
                        copies++;
                        copyIds.add(f[1]);
                    }
                }
                Path seenLog = data.resolve("watch/seen.log");
                long seenNow = Files.exists(seenLog) ? Files.readAllLines(seenLog).size() : 0;
                System.out.printf(Locale.ROOT, "  run %d: %s after %.1f s, %d collected in this run, seen.log %d lines (+%d)%n", run,
                        last ? "stopped (SIGTERM)" : "killed (SIGKILL)", (System.nanoTime() - t0) / 1e9, fresh, seenNow, seenNow - seenBefore);
                seenBefore = seenNow;
            }
            try (Store store = Store.openReadOnly(data)) {
                Map<String, Integer> urls = new HashMap<>();
                Set<String> ids = new HashSet<>();
                store.forEach(a -> {
                    urls.merge(a.article().url(), 1, Integer::sum);
                    ids.add(a.article().id());
                });
                urls.forEach((url, n) -> {
                    if (n > 1) {
                        violations.add(url + " stored " + n + " times");
                    }
                });
                collectedIdByUrl.forEach((url, id) -> {
                    if (!ids.contains(id)) {
                        violations.add(url + " reported collected as " + id + " but not in the store");
                    }
                });
                copyIds.forEach(id -> {
                    if (!ids.contains(id)) {
                        violations.add("copy " + id + " reported but not in the store");
                    }
                });
                if (store.size() != sites.goodArticles.size() || ids.size() != store.size()) {
                    violations.add("store holds " + store.size() + " articles (" + ids.size() + " distinct), expected "
                            + sites.goodArticles.size() + ", each once");
                }
                Set<String> reported = new HashSet<>(collectedIdByUrl.values());
                reported.addAll(copyIds);
                if (!reported.equals(ids)) {
                    violations.add(ids.size() + " stored ids, " + reported.size() + " reported: they differ");
                }
                System.out.printf(Locale.ROOT, "store: %d articles, %d reported collected, %d re-fetched after a crash (copies), %.1f s%n",
                        store.size(), collectedIdByUrl.size(), copies, (System.nanoTime() - t0) / 1e9);
            }
        }
        violations.stream().limit(20).forEach(v -> System.out.println("VIOLATION " + v));
        System.out.println(violations.isEmpty() ? "crash test passed" : "crash test FAILED: " + violations.size() + " violations");
        System.exit(violations.isEmpty() ? 0 : 1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
