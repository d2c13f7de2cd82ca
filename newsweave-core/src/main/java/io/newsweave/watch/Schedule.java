package io.newsweave.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * When a source is polled next. Pure rules over an injected time, so they are tested without
 * sleeping. After a success the interval adapts to the share of new items: none new stretches it
 * by half, over half new halves it, under a tenth stretches it by a fifth, always within
 * [{@code min}, {@code max}]; a source with {@code every=} keeps that interval. After a failure
 * the source backs off exponentially from {@code min} ({@code min}·2<sup>failures−1</sup>, at most
 * {@code max}), never sooner than the server's Retry-After, and a dead source waits {@code max}.
 * Stateless and thread-safe.
 */
public final class Schedule {

    private final Duration min;
    private final Duration max;

    public Schedule(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    /** The interval of a source never polled. */
    public Duration initial(Source source) {
        return source.every() != null ? source.every() : min;
    }

    /** The interval after a poll that read {@code items} items, {@code fresh} of them new, with {@code interval} before. */
    public Duration afterSuccess(Source source, Duration interval, int items, int fresh) {
        if (source.every() != null) {
            return source.every();
        }
        double share = items == 0 ? 0 : (double) fresh / items;
        Duration next;
        if (fresh == 0) {
            next = Duration.ofMillis((long) (interval.toMillis() * 1.5));
        } else if (share > 0.5) {
            next = interval.dividedBy(2);
        } else if (share < 0.1) {
            next = Duration.ofMillis((long) (interval.toMillis() * 1.2));
        } else {
            next = interval;
        }
        return clamp(next);
    }

    /** The wait after the {@code failures}-th failure in a row. */
    public Duration afterFailure(int failures, Duration retryAfter, SourceStatus status) {
        if (status == SourceStatus.DEAD) {
            return max;
        }
        Duration backoff = min.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        if (backoff.compareTo(max) > 0) {
            backoff = max;
        }
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /** {@code now + wait}. */
    public static Instant due(Instant now, Duration wait) {
        return now.plus(wait);
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(min) < 0) {
            return min;
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
