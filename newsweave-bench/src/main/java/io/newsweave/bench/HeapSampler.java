package io.newsweave.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap every 20 ms on a daemon thread and keeps the peak. A sampled peak misses
 * spikes shorter than the interval and includes garbage not yet collected: it is what a heap
 * limit has to accommodate, not the live set. Thread-safe.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakCommitted = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::loop);
    }

    /** Starts sampling after a full GC, so the peak is this run's. */
    static HeapSampler start() {
        System.gc();
        return new HeapSampler();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        var usage = memory.getHeapMemoryUsage();
        peakUsed.accumulateAndGet(usage.getUsed(), Math::max);
        peakCommitted.accumulateAndGet(usage.getCommitted(), Math::max);
    }

    long peakUsedBytes() {
        return peakUsed.get();
    }

    long peakCommittedBytes() {
        return peakCommitted.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        sample();
    }
}
