package io.newsweave.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a run's CPU went, by thread group: polls every live thread's CPU time every 100 ms on a
 * daemon thread and keeps the last reading per thread (a thread that ends between polls loses at
 * most its last 100 ms). Threads are grouped by name with the digits dropped ("newsweave-analysis-1"
 * and "-2" count together). What the process used beyond the Java threads is the JVM's own
 * (garbage collection, JIT compilers). Thread-safe.
 */
final class ThreadCpu implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> baseline = new HashMap<>();
    private final Map<Long, Long> last = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private ThreadCpu() {
        poll(true);
        thread = Thread.ofPlatform().daemon().name("thread-cpu").start(this::loop);
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            poll(false);
        }
    }

    private synchronized void poll(boolean first) {
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            names.putIfAbsent(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "N"));
            if (first) {
                baseline.put(info.getThreadId(), cpu);
            }
            last.put(info.getThreadId(), cpu);
        }
    }

    /** CPU seconds per thread group since the start, largest first. */
    synchronized Map<String, Double> seconds() {
        Map<String, Double> out = new TreeMap<>();
        last.forEach((id, cpu) -> out.merge(names.get(id), (cpu - baseline.getOrDefault(id, 0L)) / 1e9, Double::sum));
        out.values().removeIf(s -> s < 0.05);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        poll(false);
    }
}
