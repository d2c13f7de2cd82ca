package io.newsweave.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A source's health: what its polls did lately. Immutable; {@link #success} and {@link #failure}
 * return the next health. Times are epoch milliseconds, 0 for never.
 *
 * @param lastAttempt         when it was last polled
 * @param lastSuccess         when a poll last succeeded
 * @param lastNewItem         when a poll last found an unseen item
 * @param httpStatus          the last HTTP status (0 when no response came)
 * @param latencyMillis       the last poll's response time
 * @param consecutiveFailures failed polls since the last success
 * @param failingSince        when the current run of failures began, 0 when the last poll succeeded
 * @param failureScore        failures weighted by severity (hard 3, soft 1, temporary 0.5), halved by each success
 * @param lastError           the last failure in words, or {@code null}
 * @param lastErrorAt         when it happened
 * @param articles            articles collected from this source (stored new)
 * @param items               items in its last successful read
 * @param pageFailures        article pages that could not be fetched, in all
 * @param lastWarning         the last page failure or other warning (a feed cut at the item cap), in words, or {@code null}
 * @param day                 the epoch day (UTC) of the last entry of {@code newPerDay}
 * @param newPerDay           new items per day, oldest first, the last {@value #DAYS} days
 */
public record SourceHealth(long lastAttempt, long lastSuccess, long lastNewItem, int httpStatus, long latencyMillis,
                           int consecutiveFailures, long failingSince, double failureScore, String lastError, long lastErrorAt,
                           long articles, int items, long pageFailures, String lastWarning, long day,
                           List<Integer> newPerDay) {

    /** Days of history kept for the items-per-day sparkline. */
    public static final int DAYS = 14;
    static final Duration SLOW = Duration.ofSeconds(5);
    static final int DEAD_FAILURES = 8;
    static final double FAILING_SCORE = 2.5;
    static final Duration DEAD_SILENCE = Duration.ofDays(7);

    public SourceHealth {
        newPerDay = List.copyOf(newPerDay);
    }

    /** A source never polled. */
    public static SourceHealth fresh() {
        return new SourceHealth(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, null, 0, List.of());
    }

    /** After a poll at {@code now} that read {@code items} items, {@code fresh} of them unseen, {@code stored} stored new. */
    public SourceHealth success(Instant now, int status, Duration latency, int items, int fresh, int stored) {
        long t = now.toEpochMilli();
        return new SourceHealth(t, t, fresh > 0 ? t : lastNewItem, status, latency.toMillis(), 0, 0, failureScore / 2,
                lastError, lastErrorAt, articles + stored, items, pageFailures, lastWarning,
                epochDay(now), perDay(now, fresh));
    }

    /** After a failed poll at {@code now}. */
    public SourceHealth failure(Instant now, FetchFailure failure, Duration latency) {
        long t = now.toEpochMilli();
        return new SourceHealth(t, lastSuccess, lastNewItem, failure.status(), latency.toMillis(), consecutiveFailures + 1,
                consecutiveFailures == 0 ? t : failingSince, failureScore + failure.severity().weight(), failure.getMessage(), t, articles, items, pageFailures,
                lastWarning, epochDay(now), perDay(now, 0));
    }

    /** After {@code count} article pages failed (0 for another warning), the last with {@code error}. */
    public SourceHealth warned(int count, String error) {
        return error == null ? this : new SourceHealth(lastAttempt, lastSuccess, lastNewItem, httpStatus, latencyMillis,
                consecutiveFailures, failingSince, failureScore, lastError, lastErrorAt, articles, items, pageFailures + count, error,
                day, newPerDay);
    }

    /** The status at {@code now}; see {@link SourceStatus} for the rules. */
    public SourceStatus status(Instant now) {
        if (consecutiveFailures >= DEAD_FAILURES && now.toEpochMilli() - failingSince >= DEAD_SILENCE.toMillis()) {
            return SourceStatus.DEAD;
        }
        if (consecutiveFailures >= 3 || consecutiveFailures > 0 && failureScore >= FAILING_SCORE) {
            return SourceStatus.FAILING;
        }
        if (consecutiveFailures > 0 || failureScore >= FAILING_SCORE || latencyMillis > SLOW.toMillis()) {
            return SourceStatus.SLOW;
        }
        return SourceStatus.OK;
    }

    /** Average new items per day over the days of history kept (at most {@value #DAYS}). */
    public double itemsPerDay() {
        if (newPerDay.isEmpty()) {
            return 0;
        }
        long sum = 0;
        for (int n : newPerDay) {
            sum += n;
        }
        return (double) sum / newPerDay.size();
    }

    private static long epochDay(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    /** The per-day history moved to {@code now}'s day (empty days added), with {@code fresh} added to today. */
    private List<Integer> perDay(Instant now, int fresh) {
        long today = epochDay(now);
        List<Integer> days = new ArrayList<>(newPerDay);
        if (days.isEmpty()) {
            days.add(0);
        } else {
            long gap = Math.min(DAYS, Math.max(0, today - day));
            for (long i = 0; i < gap; i++) {
                days.add(0);
            }
        }
        days.set(days.size() - 1, days.get(days.size() - 1) + fresh);
        while (days.size() > DAYS) {
            days.remove(0);
        }
        return days;
    }
}
