package io.newsweave.watch;

import java.time.Duration;

/**
 * A fetch (or the reading of what it fetched) that failed, with its weight in a source's health.
 * The message says in words what went wrong and is shown to users.
 */
public final class FetchFailure extends Exception {

    /** How much a failure counts against a source. */
    public enum Severity {
        /** Will not fix itself: 404/410, redirect loops, robots.txt disallow, HTML where a feed was expected, oversize. */
        HARD(3.0),
        /** Content that could not be used: malformed XML, an empty feed. */
        SOFT(1.0),
        /** May pass: timeouts, refused or reset connections, 5xx, 429. */
        TEMPORARY(0.5);

        private final double weight;

        Severity(double weight) {
            this.weight = weight;
        }

        /** The failure score added for one failure of this severity. */
        public double weight() {
            return weight;
        }
    }

    private final Severity severity;
    private final int status;
    private final Duration retryAfter;

    public FetchFailure(Severity severity, int status, Duration retryAfter, String message) {
        super(message, null, false, false);
        this.severity = severity;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FetchFailure(Severity severity, String message) {
        this(severity, 0, null, message);
    }

    public Severity severity() {
        return severity;
    }

    /** The HTTP status, or 0 when no response came. */
    public int status() {
        return status;
    }

    /** The server's Retry-After, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
