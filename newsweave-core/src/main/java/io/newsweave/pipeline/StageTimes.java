package io.newsweave.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage, summed over threads. Thread-safe. */
public final class StageTimes {

    /** The stages, in pipeline order. */
    public static final String[] STAGES = {"read", "clean", "language", "entity", "time", "features", "encode", "group", "store"};

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
    }

    void reset() {
        nanos.clear();
    }

    /** Stage name to total time, in pipeline order. */
    public Map<String, Duration> snapshot() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (String stage : STAGES) {
            LongAdder adder = nanos.get(stage);
            out.put(stage, Duration.ofNanos(adder == null ? 0 : adder.sum()));
        }
        return out;
    }
}
