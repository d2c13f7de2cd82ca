package io.newsweave.placement;

import io.newsweave.store.Store;

import java.io.IOException;

/**
 * Takes placement records into a {@link Store}: a placed article is added with its story, event
 * and keys as placed; a merge is recorded (reads then return the merged ids); a rejection goes to
 * the quarantine; a duplicate changes nothing. Re-applying a record already applied changes
 * nothing (the store ignores a known article id and a merge it holds), so a consumer may replay
 * records after a crash. Durable after {@link Store#sync()}. Not thread-safe: one applier per store,
 * fed in each partition's order.
 */
public final class StorePlacements {

    private final Store store;
    private long placed;
    private long merged;
    private long duplicates;
    private long rejected;

    public StorePlacements(Store store) {
        this.store = store;
    }

    /** Applies one record; returns whether the store changed. */
    public boolean apply(PlacementRecord record) throws IOException {
        return switch (record) {
            case PlacementRecord.Placed p -> {
                boolean added = store.add(p.article(), p.story(), p.event(), p.keys()).isPresent();
                if (added) {
                    placed++;
                }
                yield added;
            }
            case PlacementRecord.Merged m -> {
                boolean changed = store.merge(m.from(), m.into());
                if (changed) {
                    merged++;
                }
                yield changed;
            }
            case PlacementRecord.Duplicate d -> {
                duplicates++;
                yield false;
            }
            case PlacementRecord.Rejected r -> {
                store.quarantine().put(r.rejection());
                rejected++;
                yield true;
            }
        };
    }

    /** Articles added so far. */
    public long placed() {
        return placed;
    }

    /** Merges recorded so far. */
    public long merged() {
        return merged;
    }

    /** Duplicates seen so far. */
    public long duplicates() {
        return duplicates;
    }

    /** Rejections quarantined so far. */
    public long rejected() {
        return rejected;
    }
}
