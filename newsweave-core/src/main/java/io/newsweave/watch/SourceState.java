package io.newsweave.watch;

/**
 * What the watcher keeps about one source between polls. Immutable; times are epoch milliseconds.
 *
 * @param key          the source's URL ({@link Source#key()})
 * @param kind         the kind found on first read, or {@code null} before it
 * @param target       the URL polled when discovery replaced the source's own (a home page's feed), or {@code null}
 * @param etag         the last ETag, or {@code null}
 * @param lastModified the last Last-Modified, or {@code null}
 * @param bodyHash     SHA-256 of the last body read (servers that say "changed" for an unchanged feed), or {@code null}
 * @param nextDue      when it is next polled
 * @param intervalMillis its current polling interval
 * @param health       its health
 */
public record SourceState(String key, SourceKind kind, String target, String etag, String lastModified, String bodyHash,
                          long nextDue, long intervalMillis, SourceHealth health) {

    /** A source never polled: due at once. */
    public static SourceState fresh(String key, long intervalMillis) {
        return new SourceState(key, null, null, null, null, null, 0, intervalMillis, SourceHealth.fresh());
    }

    SourceState withHealth(SourceHealth next) {
        return new SourceState(key, kind, target, etag, lastModified, bodyHash, nextDue, intervalMillis, next);
    }

    SourceState withDiscovery(SourceKind kind, String target) {
        return new SourceState(key, kind, target, null, null, null, nextDue, intervalMillis, health);
    }

    SourceState withValidators(String etag, String lastModified, String bodyHash) {
        return new SourceState(key, kind, target, etag, lastModified, bodyHash, nextDue, intervalMillis, health);
    }

    SourceState withKind(SourceKind kind) {
        return new SourceState(key, kind, target, etag, lastModified, bodyHash, nextDue, intervalMillis, health);
    }

    SourceState scheduled(long nextDue, long intervalMillis) {
        return new SourceState(key, kind, target, etag, lastModified, bodyHash, nextDue, intervalMillis, health);
    }
}
