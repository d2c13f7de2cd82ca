package io.newsweave.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Live counters of an ingest, readable from any thread while it runs. */
public final class Progress {

    final LongAdder read = new LongAdder();
    final LongAdder ingested = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder rejected = new LongAdder();

    long read() {
        return read.sum();
    }

    public long ingested() {
        return ingested.sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    public long rejected() {
        return rejected.sum();
    }
}
