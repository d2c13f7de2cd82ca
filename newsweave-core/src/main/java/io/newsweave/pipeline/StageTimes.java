package io.newsweave.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each {@link Stage}, summed over threads, two ways: wall time (elapsed while the
 * stage ran, so a stage that waits or is preempted on a loaded machine counts the wait) and the
 * CPU time of the thread that ran it ({@link ThreadMXBean#getCurrentThreadCpuTime()}; work a stage
 * hands to other threads, such as Lingua's tasks on the JDK's common fork-join pool, is not in it).
 * Also the ordered step's busy time (the one thread placing, resolving entity ids, clustering and
 * storing: wall and CPU while it handles an outcome, not while it waits for the next). CPU times
 * are zero where the JVM cannot measure thread CPU time. Thread-safe.
 */
public final class StageTimes {

    /** The stages' labels, in recipe order. */
    static final String[] STAGES = java.util.Arrays.stream(Stage.values()).map(Stage::label).toArray(String[]::new);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_MEASURED = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final LongAdder[] wall = adders(Stage.values().length);
    private final LongAdder[] cpu = adders(Stage.values().length);
    private final LongAdder orderedWall = new LongAdder();
    private final LongAdder orderedCpu = new LongAdder();

    StageTimes() {
    }

    private static LongAdder[] adders(int n) {
        LongAdder[] out = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            out[i] = new LongAdder();
        }
        return out;
    }

    /** The current thread's CPU time in nanoseconds (an arbitrary origin), or 0 when not measured. */
    static long threadCpuNanos() {
        return CPU_MEASURED ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Starts timing on the current thread; see {@link Lap}. */
    Lap lap() {
        return new Lap();
    }

    void add(Stage stage, long wallNanos, long cpuNanos) {
        wall[stage.ordinal()].add(wallNanos);
        cpu[stage.ordinal()].add(cpuNanos);
    }

    void addOrdered(long wallNanos, long cpuNanos) {
        orderedWall.add(wallNanos);
        orderedCpu.add(cpuNanos);
    }

    void reset() {
        for (int i = 0; i < wall.length; i++) {
            wall[i].reset();
            cpu[i].reset();
        }
        orderedWall.reset();
        orderedCpu.reset();
    }

    /** Stage label to total wall time, in recipe order. */
    public Map<String, Duration> snapshot() {
        return snapshot(wall);
    }

    /** Stage label to total CPU time of the threads that ran it, in recipe order. */
    public Map<String, Duration> cpuSnapshot() {
        return snapshot(cpu);
    }

    /** Wall time the ordered step spent handling outcomes (placing, storing, quarantining, the final commit). */
    public Duration orderedBusy() {
        return Duration.ofNanos(orderedWall.sum());
    }

    /** CPU time of the ordered step's thread while handling outcomes. */
    public Duration orderedCpu() {
        return Duration.ofNanos(orderedCpu.sum());
    }

    private static Map<String, Duration> snapshot(LongAdder[] nanos) {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            out.put(stage.label(), Duration.ofNanos(nanos[stage.ordinal()].sum()));
        }
        return out;
    }

    /**
     * Consecutive stages on one thread: each {@link #end} adds the wall and CPU time since the
     * lap started or last ended to a stage. Not thread-safe: one per thread, for one pass.
     */
    final class Lap {

        private long wallStart = System.nanoTime();
        private long cpuStart = threadCpuNanos();

        private Lap() {
        }

        /** Adds the time since the last mark to {@code stage} and marks now. */
        void end(Stage stage) {
            long wallNow = System.nanoTime();
            long cpuNow = threadCpuNanos();
            add(stage, wallNow - wallStart, cpuNow - cpuStart);
            wallStart = wallNow;
            cpuStart = cpuNow;
        }

        /** Marks now without counting the time since the last mark. */
        void restart() {
            wallStart = System.nanoTime();
            cpuStart = threadCpuNanos();
        }
    }
}
