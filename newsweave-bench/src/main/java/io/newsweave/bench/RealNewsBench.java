package io.newsweave.bench;

import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Throughput on real news: every article text of {@code ../shared/datasets}
 * ({@link RealNewsStreams}: the texts as one JSON Lines stream, the extraction pages as HTML
 * files, each in a seeded random order), ingested two ways. <b>Whole process</b>: the product as a
 * user runs it, {@code ./newsweave ingest --data FRESH_DIR STREAM} in a child process
 * ({@link ProcessIngest}; JVM start and model loading included). <b>Warm</b>: the same inputs
 * through one in-process {@link Pipeline} into a fresh store after a warm-up pass into another
 * ({@link WarmIngest}). Prints articles per second, thread CPU per stage in ms per document read
 * (the product's own accounting, {@code IngestReport.stageCpu}), how busy the ordered step was,
 * peak heap (warm) and peak resident memory (whole process), with the load average, and which of
 * the budgets are over. Skips (exit 0) when the data sets are absent.
 *
 * <p>Usage: {@code RealNewsBench [--datasets ../shared/datasets] [--out newsweave-bench/target/realnews]
 * [--newsweave ./newsweave] [--only jsonl|html] [--threads N]}
 */
public final class RealNewsBench {

    /** The budgets of issue 15, thread CPU ms per document: stage label to budget. */
    private static final Map<String, Double> STAGE_BUDGETS = Map.of("language", 1.0, "entity", 0.5, "time", 0.5, "features", 0.5);
    private static final double ORDERED_BUDGET_MS = 2.0;
    private static final double JSONL_TARGET = 300;
    private static final double HTML_TARGET = 150;
    /** The thread group of the JDK's common fork-join pool, where Lingua runs part of each detection. */
    private static final String COMMON_POOL = "ForkJoinPool.commonPool";

    private RealNewsBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, "RealNewsBench [--datasets DIR] [--out DIR] [--newsweave LAUNCHER] [--only jsonl|html] [--threads N]");
        String given = o.string("datasets", null);
        Path root = given != null ? Path.of(given) : DatasetArticles.locate();
        if (root == null || !Files.isDirectory(root)) {
            System.out.println("RealNewsBench: " + (given != null ? given : "../shared/datasets") + " absent; skipping");
            return;
        }
        Path out = o.path("out", Path.of("newsweave-bench/target/realnews")).toAbsolutePath();
        Path launcher = o.path("newsweave", Path.of("newsweave")).toAbsolutePath();
        String only = o.string("only", "");
        PipelineConfig defaults = PipelineConfig.defaults();
        PipelineConfig config = new PipelineConfig(defaults.ingest(), defaults.language(), defaults.grouping(),
                o.intValue("threads", defaults.threads()), defaults.syncEvery());

        long t0 = System.nanoTime();
        RealNewsStreams.Streams streams = RealNewsStreams.of(root);
        streams.skipped().forEach(s -> System.out.println("left out: " + s));
        CrashTest.deleteTree(out);
        Path jsonl = out.resolve("realnews.jsonl");
        streams.writeJsonl(jsonl);
        System.out.printf(Locale.ROOT, "streams from %s (seed %d): %,d texts in %s, %,d HTML pages; built in %.1f s (not counted)%n",
                root, RealNewsStreams.SEED, streams.jsonLines().size(), jsonl, streams.pages().size(), (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %d analysis threads%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, config.threads());
        boolean process = Files.isExecutable(launcher) && ProcessIngest.ready(launcher);
        if (!process) {
            System.out.println("whole-process runs skipped: " + launcher + " missing or failing (run from the repository root)");
        }

        List<String> over = new ArrayList<>();
        try (Pipeline pipeline = new Pipeline(config)) {
            if (!only.equals("html") && !streams.jsonLines().isEmpty()) {
                over.addAll(measure("JSONL", List.of(jsonl.toString()), JSONL_TARGET, pipeline, launcher, process, out));
            }
            if (!only.equals("jsonl") && !streams.pages().isEmpty()) {
                over.addAll(measure("HTML", streams.pages().stream().map(Path::toString).toList(), HTML_TARGET, pipeline, launcher,
                        process, out));
            }
        }
        System.out.println();
        System.out.println(over.isEmpty() ? "every budget met" : "over budget: " + String.join("; ", over));
    }

    /** Both runs of one stream, printed; returns the budgets it is over. */
    private static List<String> measure(String label, List<String> inputs, double target, Pipeline pipeline, Path launcher,
                                        boolean process, Path out) throws Exception {
        String name = label.toLowerCase(Locale.ROOT);
        System.out.printf(Locale.ROOT, "%n== %s%n", label);
        ProcessIngest.Result child = null;
        if (process) {
            double load = load();
            child = ProcessIngest.run(launcher, out.resolve("data-process-" + name), inputs, out.resolve("process-" + name + ".err"));
            System.out.printf(Locale.ROOT, "whole process (%s ingest --data FRESH %s): %.1f articles/s, wall %.1f s, exit %d, "
                            + "%,d new, %,d duplicates, %,d rejected; peak RSS %s; load %.2f before, %.2f after%n",
                    launcher.getFileName(), inputs.size() == 1 ? inputs.get(0) : inputs.size() + " files", child.articlesPerSecond(),
                    child.wallNanos() / 1e9, child.exit(), child.ingested(), child.duplicates(), child.rejected(),
                    child.peakRssBytes() < 0 ? "unknown" : (child.peakRssBytes() >> 20) + " MB", load, load());
            if (child.exit() > 1 || child.ingested() < 0) {
                System.out.println("  the child failed; its standard error is in " + child.stderr());
                child = null;
            }
        }
        WarmIngest.Result warm = WarmIngest.run(pipeline, inputs, out.resolve("data-warmup-" + name), out.resolve("data-warm-" + name));
        IngestReport r = warm.report();
        double wall = r.wall().toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "warm (in process, second pass into a fresh store): %.1f articles/s, wall %.1f s, %,d new, "
                        + "%,d duplicates, %,d rejected; peak heap used %d MB (committed %d MB); process CPU %.1f s (%.1f cores, "
                        + "%.1f articles per CPU second); load %.2f before, %.2f after%n", r.articlesPerSecond(), wall, r.ingested(),
                r.duplicates(), r.rejected(), warm.peakUsedBytes() >> 20, warm.peakCommittedBytes() >> 20, warm.processCpuSeconds(),
                warm.processCpuSeconds() / wall, (r.ingested() + r.duplicates()) / warm.processCpuSeconds(), warm.loadBefore(),
                warm.loadAfter());
        Map<String, Double> warmCpu = perDocument(r.stageCpu(), r.documents());
        double helpers = warm.threadMsPerDocument(COMMON_POOL);
        double orderedWarm = r.orderedCpu().toNanos() / 1e6 / Math.max(1, r.documents());
        printStages(child, warmCpu, helpers);
        System.out.printf(Locale.ROOT, "ordered step busy: %s; warm %.0f%% of the wall time (CPU %.0f%%, %.3f ms per document)%n",
                child == null || child.orderedBusy() < 0 ? "whole process unknown" : String.format(Locale.ROOT,
                        "whole process %d%% (CPU %d%%, %.3f ms per document)", child.orderedBusy(), child.orderedCpu(),
                        child.orderedCpu() / 100.0 * child.wallNanos() / 1e6 / Math.max(1, child.documents())),
                100 * r.orderedBusyShare(), 100 * r.orderedCpuShare(), orderedWarm);
        System.out.print("warm CPU by thread group (ms per document):");
        warm.threadSeconds().forEach((group, seconds) -> System.out.printf(Locale.ROOT, " %s %.3f;", group,
                seconds * 1e3 / Math.max(1, r.documents())));
        double javaThreads = warm.threadSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, " JVM (GC, JIT) %.3f%n", (warm.processCpuSeconds() - javaThreads) * 1e3 / Math.max(1, r.documents()));
        return overBudget(label, warmCpu, helpers, orderedWarm, child, r.articlesPerSecond(), target);
    }

    private static void printStages(ProcessIngest.Result child, Map<String, Double> warm, double helpers) {
        System.out.println("thread CPU per stage, ms per document read:");
        System.out.printf(Locale.ROOT, "  %-9s %13s %8s %7s%n", "stage", "whole process", "warm", "budget");
        for (Map.Entry<String, Double> stage : warm.entrySet()) {
            Double budget = STAGE_BUDGETS.get(stage.getKey());
            Double cold = child == null ? null : child.cpuPerDocument().get(stage.getKey());
            System.out.printf(Locale.ROOT, "  %-9s %13s %8.3f %7s%n", stage.getKey(), cold == null ? "-" : String.format(Locale.ROOT, "%.3f", cold),
                    stage.getValue(), budget == null ? "" : String.format(Locale.ROOT, "%.1f", budget));
        }
        System.out.printf(Locale.ROOT, "  %-9s %13s %8.3f   (Lingua's tasks on the JDK's common pool: part of language)%n", "+ pool", "-", helpers);
    }

    private static List<String> overBudget(String label, Map<String, Double> warm, double helpers, double ordered,
                                           ProcessIngest.Result child, double warmRate, double target) {
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, Double> budget : STAGE_BUDGETS.entrySet()) {
            double spent = warm.getOrDefault(budget.getKey(), 0.0) + (budget.getKey().equals("language") ? helpers : 0);
            if (spent > budget.getValue()) {
                over.add(String.format(Locale.ROOT, "%s %s %.2f ms > %.1f", label, budget.getKey(), spent, budget.getValue()));
            }
        }
        if (ordered > ORDERED_BUDGET_MS) {
            over.add(String.format(Locale.ROOT, "%s ordered step %.2f ms > %.1f", label, ordered, ORDERED_BUDGET_MS));
        }
        if (warmRate < target) {
            over.add(String.format(Locale.ROOT, "%s warm %.1f/s < %.0f", label, warmRate, target));
        }
        if (child != null && child.articlesPerSecond() < target) {
            over.add(String.format(Locale.ROOT, "%s whole process %.1f/s < %.0f", label, child.articlesPerSecond(), target));
        }
        return over;
    }

    private static Map<String, Double> perDocument(Map<String, Duration> cpu, long documents) {
        Map<String, Double> out = new LinkedHashMap<>();
        cpu.forEach((stage, d) -> out.put(stage, d.toNanos() / 1e6 / Math.max(1, documents)));
        return out;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
