package io.newsweave.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code newsweave ingest --data DIR INPUTS...} run as a user runs it, in a child process through
 * the launcher script, timed from start to exit (JVM start, model loading and the final commit
 * included). Samples the child's peak resident memory ({@code VmHWM} in {@code /proc}, every
 * 100 ms; unknown off Linux) and reads the counts and the per-stage CPU back from its summary
 * on standard error, which it keeps in a file. Stateless.
 */
final class ProcessIngest {

    private static final Pattern COUNTS = Pattern.compile("^([\\d,]+) new articles, ([\\d,]+) duplicates, ([\\d,]+) rejected in ");
    private static final Pattern STAGE = Pattern.compile(" ([a-z]+) (\\d+\\.\\d+)");
    private static final Pattern BUSY = Pattern.compile("ordered step busy (\\d+)% of the wall time \\(CPU (\\d+)%\\)");

    /**
     * One run.
     *
     * @param exit          the child's exit code (0, or 1 when some inputs were rejected)
     * @param wallNanos     start to exit
     * @param peakRssBytes  sampled peak resident memory, or -1 when unknown
     * @param ingested      from the summary, -1 when it printed none
     * @param cpuPerDocument stage to thread CPU ms per document read, from the summary (empty when none)
     * @param orderedBusy   the ordered step's busy share of the wall time in percent, -1 when none
     * @param orderedCpu    its CPU share in percent, -1 when none
     * @param stderr        the file holding the child's standard error
     */
    record Result(int exit, long wallNanos, long peakRssBytes, long ingested, long duplicates, long rejected,
                  Map<String, Double> cpuPerDocument, int orderedBusy, int orderedCpu, Path stderr) {

        long documents() {
            return ingested < 0 ? -1 : ingested + duplicates + rejected;
        }

        double articlesPerSecond() {
            return ingested < 0 ? 0 : (ingested + duplicates) / (wallNanos / 1e9);
        }
    }

    private ProcessIngest() {
    }

    /** Runs {@code launcher --version} (it builds the jar when stale); true when it worked. */
    static boolean ready(Path launcher) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Ingests {@code inputs} into {@code data} (which must not exist yet); standard error goes to {@code stderr}. */
    static Result run(Path launcher, Path data, List<String> inputs, Path stderr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "ingest", "--data", data.toString()));
        command.addAll(inputs);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        long peak = -1;
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (!process.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(status));
        }
        long wall = System.nanoTime() - start;
        return parse(process.exitValue(), wall, peak, Files.readAllLines(stderr, StandardCharsets.UTF_8), stderr);
    }

    /** The run's figures from the summary lines in {@code err}; what is missing is left unknown. */
    static Result parse(int exit, long wallNanos, long peakRss, List<String> err, Path stderr) {
        long[] counts = {-1, -1, -1};
        Map<String, Double> cpu = new LinkedHashMap<>();
        int busy = -1;
        int busyCpu = -1;
        for (String raw : err) {
            for (String line : raw.split("\r")) {
                Matcher c = COUNTS.matcher(line);
                if (c.find()) {
                    for (int i = 0; i < 3; i++) {
                        counts[i] = Long.parseLong(c.group(i + 1).replace(",", ""));
                    }
                }
                if (line.startsWith("cpu per stage")) {
                    int semicolon = line.indexOf(';');
                    Matcher s = STAGE.matcher(line.substring(line.indexOf(':') + 1, semicolon < 0 ? line.length() : semicolon));
                    while (s.find()) {
                        cpu.put(s.group(1), Double.parseDouble(s.group(2)));
                    }
                    Matcher b = BUSY.matcher(line);
                    if (b.find()) {
                        busy = Integer.parseInt(b.group(1));
                        busyCpu = Integer.parseInt(b.group(2));
                    }
                }
            }
        }
        return new Result(exit, wallNanos, peakRss, counts[0], counts[1], counts[2], cpu, busy, busyCpu, stderr);
    }

    /** {@code VmHWM} of a live process in bytes, or -1. */
    private static long peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
