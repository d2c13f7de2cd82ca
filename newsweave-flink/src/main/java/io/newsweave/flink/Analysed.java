package io.newsweave.flink;

/**
 * An {@link io.newsweave.pipeline.Outcome.Fresh} on its way from the analysis to the placement:
 * its placement partition and the outcome in Java serialization ({@link Outcomes}). A Flink POJO.
 */
public final class Analysed {

    /** The placement partition (see {@link PartitionScheme}). */
    public String partition;
    /** Where the article came from ({@code kafka:topic/partition@offset#line}), for messages. */
    public String origin;
    /** The serialized outcome. */
    public byte[] outcome;

    public Analysed() {
    }

    Analysed(String partition, String origin, byte[] outcome) {
        this.partition = partition;
        this.origin = origin;
        this.outcome = outcome;
    }

    @Override
    public String toString() {
        return origin + " -> " + partition;
    }
}
