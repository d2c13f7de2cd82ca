package io.newsweave.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WatchScheduleTest {

    private final Schedule schedule = new Schedule(Duration.ofMinutes(10), Duration.ofHours(24));
    private final Source adaptive = new Source(URI.create("https://a.org/feed"), null, null, null, null);
    private final Source fixed = new Source(URI.create("https://a.org/feed"), null, null, null, Duration.ofMinutes(30));

    @Test
    void intervalsAdaptToTheShareOfNewItemsWithinBounds() {
        Duration hour = Duration.ofHours(1);
        assertThat(schedule.afterSuccess(adaptive, hour, 50, 0)).isEqualTo(Duration.ofMinutes(90));
        assertThat(schedule.afterSuccess(adaptive, hour, 50, 40)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.afterSuccess(adaptive, hour, 50, 2)).isEqualTo(Duration.ofMinutes(72));
        assertThat(schedule.afterSuccess(adaptive, hour, 50, 10)).isEqualTo(hour);
        assertThat(schedule.afterSuccess(adaptive, Duration.ofMinutes(12), 50, 50)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.afterSuccess(adaptive, Duration.ofHours(20), 50, 0)).isEqualTo(Duration.ofHours(24));
        Duration d = schedule.initial(adaptive);
        for (int i = 0; i < 30; i++) {
            d = schedule.afterSuccess(adaptive, d, 20, 0);
        }
        assertThat(d).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void everyPinsTheInterval() {
        assertThat(schedule.initial(fixed)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.afterSuccess(fixed, Duration.ofMinutes(30), 50, 0)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.afterSuccess(fixed, Duration.ofMinutes(30), 50, 50)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void failuresBackOffExponentiallyAndRespectRetryAfter() {
        assertThat(schedule.afterFailure(1, null, SourceStatus.SLOW)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.afterFailure(2, null, SourceStatus.SLOW)).isEqualTo(Duration.ofMinutes(20));
        assertThat(schedule.afterFailure(4, null, SourceStatus.FAILING)).isEqualTo(Duration.ofMinutes(80));
        assertThat(schedule.afterFailure(40, null, SourceStatus.FAILING)).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.afterFailure(1, Duration.ofHours(2), SourceStatus.SLOW)).isEqualTo(Duration.ofHours(2));
        assertThat(schedule.afterFailure(3, Duration.ofSeconds(5), SourceStatus.FAILING)).isEqualTo(Duration.ofMinutes(40));
        assertThat(schedule.afterFailure(1, null, SourceStatus.DEAD)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void healthStatusFollowsTheRules() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        SourceHealth h = SourceHealth.fresh().success(t, 200, Duration.ofMillis(80), 20, 20, 20);
        assertThat(h.status(t)).isEqualTo(SourceStatus.OK);
        assertThat(h.articles()).isEqualTo(20);
        assertThat(h.success(t, 200, Duration.ofSeconds(6), 20, 0, 0).status(t)).isEqualTo(SourceStatus.SLOW);
        FetchFailure timeout = new FetchFailure(FetchFailure.Severity.TEMPORARY, "connect timed out");
        FetchFailure gone = new FetchFailure(FetchFailure.Severity.HARD, 410, null, "HTTP 410 Gone");
        SourceHealth once = h.failure(t, timeout, Duration.ZERO);
        assertThat(once.status(t)).isEqualTo(SourceStatus.SLOW);
        assertThat(once.lastError()).isEqualTo("connect timed out");
        assertThat(once.failure(t, timeout, Duration.ZERO).failure(t, timeout, Duration.ZERO).status(t)).isEqualTo(SourceStatus.FAILING);
        assertThat(h.failure(t, gone, Duration.ZERO).status(t)).isEqualTo(SourceStatus.FAILING);
        assertThat(h.failure(t, gone, Duration.ZERO).httpStatus()).isEqualTo(410);
        SourceHealth dying = h;
        Instant when = t;
        for (int i = 0; i < 8; i++) {
            when = when.plus(Duration.ofDays(1));
            dying = dying.failure(when, gone, Duration.ZERO);
        }
        assertThat(dying.status(when)).isEqualTo(SourceStatus.DEAD);
        assertThat(dying.failingSince()).isEqualTo(t.plus(Duration.ofDays(1)).toEpochMilli());
        SourceHealth revived = dying.success(when, 200, Duration.ofMillis(10), 5, 1, 1);
        assertThat(revived.status(when)).isEqualTo(SourceStatus.SLOW);
        assertThat(revived.failureScore()).isEqualTo(dying.failureScore() / 2);
        for (int i = 0; i < 3; i++) {
            revived = revived.success(when, 200, Duration.ofMillis(10), 5, 0, 0);
        }
        assertThat(revived.failureScore()).isEqualTo(1.5);
        assertThat(revived.status(when)).isEqualTo(SourceStatus.OK);
    }

    @Test
    void itemsPerDayKeepsTwoWeeksOfHistory() {
        Instant t = Instant.parse("2026-01-01T12:00:00Z");
        SourceHealth h = SourceHealth.fresh().success(t, 200, Duration.ZERO, 10, 10, 10);
        h = h.success(t.plus(Duration.ofHours(1)), 200, Duration.ZERO, 10, 4, 4);
        h = h.success(t.plus(Duration.ofDays(2)), 200, Duration.ZERO, 10, 6, 6);
        assertThat(h.newPerDay()).containsExactly(14, 0, 6);
        assertThat(h.itemsPerDay()).isEqualTo(20 / 3.0);
        h = h.success(t.plus(Duration.ofDays(40)), 200, Duration.ZERO, 10, 1, 1);
        assertThat(h.newPerDay()).hasSize(SourceHealth.DAYS).endsWith(0, 1);
    }
}
