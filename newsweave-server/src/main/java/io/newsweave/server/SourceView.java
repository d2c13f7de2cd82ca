package io.newsweave.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsweave.watch.Source;
import io.newsweave.watch.SourceHealth;
import io.newsweave.watch.SourceState;

import java.time.Instant;
import java.util.List;

/**
 * One watched source as {@code GET /api/sources} and the Sources page show it: the sources-file
 * declaration, the status and the health. Times are ISO 8601 ({@code null} for never). Immutable;
 * serialized once by Jackson, rendered by the page from the same record.
 */
public record SourceView(
        String url,
        String kind,
        String name,
        String lang,
        String status,
        @JsonProperty("polled_url") String polledUrl,
        @JsonProperty("last_attempt") String lastAttempt,
        @JsonProperty("last_success") String lastSuccess,
        @JsonProperty("last_new_item") String lastNewItem,
        @JsonProperty("last_error") String lastError,
        @JsonProperty("last_error_at") String lastErrorAt,
        @JsonProperty("last_warning") String lastWarning,
        @JsonProperty("http_status") int httpStatus,
        @JsonProperty("latency_ms") long latencyMs,
        @JsonProperty("consecutive_failures") int consecutiveFailures,
        @JsonProperty("failure_score") double failureScore,
        long articles,
        int items,
        @JsonProperty("page_failures") long pageFailures,
        @JsonProperty("items_per_day") double itemsPerDay,
        @JsonProperty("new_per_day") List<Integer> newPerDay,
        @JsonProperty("interval_seconds") long intervalSeconds,
        @JsonProperty("next_attempt") String nextAttempt) {

    /** The view of {@code source} with {@code state}, its status as of {@code now}. */
    public static SourceView of(Source source, SourceState state, Instant now) {
        SourceHealth h = state.health();
        String kind = state.kind() != null ? state.kind().wire() : source.kind() != null ? source.kind().wire() : null;
        return new SourceView(source.key(), kind, source.outlet(), source.lang(), h.status(now).wire(), state.target(),
                time(h.lastAttempt()), time(h.lastSuccess()), time(h.lastNewItem()), h.lastError(), time(h.lastErrorAt()),
                h.lastWarning(), h.httpStatus(), h.latencyMillis(), h.consecutiveFailures(),
                Math.round(h.failureScore() * 100) / 100.0, h.articles(), h.items(), h.pageFailures(),
                Math.round(h.itemsPerDay() * 10) / 10.0, h.newPerDay(), state.intervalMillis() / 1000, time(state.nextDue()));
    }

    private static String time(long millis) {
        return millis <= 0 ? null : Instant.ofEpochMilli(millis).toString();
    }
}
