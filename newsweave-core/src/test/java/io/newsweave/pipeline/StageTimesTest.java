package io.newsweave.pipeline;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link StageTimes} counts wall and thread CPU time per stage, and the ordered step's busy time, apart. */
class StageTimesTest {

    private static void assumeThreadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled(), "no thread CPU time here");
    }

    /** Works until this thread has used {@code nanos} of CPU; returns something so that the work is not removed. */
    private static long work(long nanos) {
        long until = StageTimes.threadCpuNanos() + nanos;
        long x = 17;
        while (StageTimes.threadCpuNanos() < until) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        return x;
    }

    @Test
    void aLapGivesEachStageTheWallAndCpuTimeSinceTheLastMark() throws InterruptedException {
        assumeThreadCpu();
        StageTimes times = new StageTimes();
        StageTimes.Lap lap = times.lap();
        assertThat(work(3_000_000)).isNotZero();
        lap.end(Stage.CLEAN);
        Thread.sleep(30);
        lap.end(Stage.STORE);

        Duration cleanCpu = times.cpuSnapshot().get("clean");
        assertThat(cleanCpu).isGreaterThanOrEqualTo(Duration.ofMillis(3));
        assertThat(times.snapshot().get("clean")).isGreaterThanOrEqualTo(cleanCpu);
        assertThat(times.snapshot().get("store")).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        assertThat(times.cpuSnapshot().get("store")).as("sleeping costs no CPU").isLessThan(times.snapshot().get("store"));
        assertThat(times.cpuSnapshot().get("language")).isZero();
    }

    @Test
    void timeBeforeARestartIsCountedNowhere() throws InterruptedException {
        StageTimes times = new StageTimes();
        StageTimes.Lap lap = times.lap();
        Thread.sleep(200);
        lap.restart();
        lap.end(Stage.TIME);
        assertThat(times.snapshot().get("time")).isLessThan(Duration.ofMillis(200));
        assertThat(times.snapshot().values().stream().reduce(Duration.ZERO, Duration::plus)).isLessThan(Duration.ofMillis(200));
    }

    @Test
    void everyStageIsListedInRecipeOrderEvenWhenNothingRan() {
        StageTimes times = new StageTimes();
        assertThat(times.cpuSnapshot().keySet()).containsExactly(StageTimes.STAGES);
        assertThat(times.snapshot().keySet()).containsExactly(StageTimes.STAGES);
        assertThat(times.cpuSnapshot().values()).allMatch(Duration::isZero);
        assertThat(times.orderedBusy()).isZero();
    }

    @Test
    void theOrderedStepAddsUpAndResetClearsEverything() {
        StageTimes times = new StageTimes();
        times.addOrdered(5_000_000, 4_000_000);
        times.addOrdered(1_000_000, 1_000_000);
        times.add(Stage.GROUP, 2_000_000, 1_500_000);
        assertThat(times.orderedBusy()).isEqualTo(Duration.ofMillis(6));
        assertThat(times.orderedCpu()).isEqualTo(Duration.ofMillis(5));
        assertThat(times.cpuSnapshot().get("group")).isEqualTo(Duration.ofNanos(1_500_000));

        times.reset();
        assertThat(times.orderedBusy()).isZero();
        assertThat(times.orderedCpu()).isZero();
        assertThat(times.snapshot().get("group")).isZero();
        assertThat(times.cpuSnapshot().get("group")).isZero();
    }
}
