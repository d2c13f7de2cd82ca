package io.newsweave.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each {@link Stage}, summed over threads. Thread-safe. */
public final class StageTimes {

    /** The stages' labels, in recipe order. */
    static final String[] STAGES = java.util.Arrays.stream(Stage.values()).map(Stage::label).toArray(String[]::new);

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    StageTimes() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    void add(Stage stage, long elapsedNanos) {
        nanos[stage.ordinal()].add(elapsedNanos);
    }

    void reset() {
        for (LongAdder adder : nanos) {
            adder.reset();
        }
    }

    /** Stage label to total time, in recipe order. */
    public Map<String, Duration> snapshot() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            out.put(stage.label(), Duration.ofNanos(nanos[stage.ordinal()].sum()));
        }
        return out;
    }
}
