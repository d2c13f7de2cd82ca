package io.newsweave.flink;

import io.newsweave.pipeline.Outcome;

import java.util.Locale;

/**
 * How analysed articles are divided among placement partitions, each placed in order by one
 * keyed operator instance with its own state. Chosen once per job (changing it needs a fresh
 * start: the state is keyed by it).
 */
public enum PartitionScheme {

    /**
     * One partition per detected language: events and stories are formed among articles of one
     * language; a story that spans languages is split into one story per language. Scales to
     * as many placement slots as there are busy languages. The default.
     */
    LANGUAGE,

    /**
     * One partition for everything: the embedded pipeline's answers exactly (cross-lingual
     * stories included), with placement on one slot. For reference runs and small streams.
     */
    SINGLE;

    /** The partition of a fresh article. */
    String of(Outcome.Fresh fresh) {
        return switch (this) {
            case LANGUAGE -> fresh.language().code();
            case SINGLE -> "all";
        };
    }

    /** The scheme named {@code name} (case-insensitive). */
    public static PartitionScheme parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown partition scheme '" + name + "' (language or single)");
        }
    }
}
