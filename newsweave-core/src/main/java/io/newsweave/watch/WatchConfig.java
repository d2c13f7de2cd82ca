package io.newsweave.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the watcher fetches and schedules; immutable and validated once. {@link #defaults()} are
 * polite values for the open web; tests and the soak shorten the delays.
 *
 * @param userAgent       the honest User-Agent sent with every request
 * @param robotsAgent     the name matched against robots.txt groups
 * @param connectTimeout  connection timeout
 * @param readTimeout     the whole response (headers and body) must arrive within this
 * @param maxBytes        cap on a response body as sent (compressed)
 * @param maxDecompressed cap on a body after gunzip (gzip bombs stop here)
 * @param maxRedirects    redirects followed per request
 * @param perHost         concurrent requests per host
 * @param hostDelay       minimum delay between request starts on one host (robots.txt Crawl-delay may raise it)
 * @param minInterval     shortest adaptive polling interval
 * @param maxInterval     longest adaptive polling interval (and the retry interval of dead sources)
 * @param maxItems        items read from one feed or sitemap
 * @param polls           sources polled at the same time
 */
public record WatchConfig(String userAgent, String robotsAgent, Duration connectTimeout, Duration readTimeout,
                          int maxBytes, int maxDecompressed, int maxRedirects, int perHost, Duration hostDelay,
                          Duration minInterval, Duration maxInterval, int maxItems, int polls) {

    public WatchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotsAgent, "robotsAgent");
        if (maxBytes <= 0 || maxDecompressed < maxBytes || maxRedirects < 0 || perHost <= 0 || maxItems <= 0 || polls <= 0) {
            throw new IllegalArgumentException("watch limits must be positive (and maxDecompressed >= maxBytes)");
        }
        if (minInterval.compareTo(maxInterval) > 0 || hostDelay.isNegative()) {
            throw new IllegalArgumentException("minInterval must not exceed maxInterval; hostDelay must not be negative");
        }
    }

    /** 10 s connect, 30 s per response, 10 MB (40 MB unzipped), 5 redirects, 2 per host 1 s apart, 10 min to 24 h, 1,000 items. */
    public static WatchConfig defaults() {
        return new WatchConfig("newsweave-watch/0.1 (+https://github.com/newsweave/newsweave; news story clustering)",
                "newsweave", Duration.ofSeconds(10), Duration.ofSeconds(30), 10 << 20, 40 << 20, 5, 2,
                Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofHours(24), 1_000, 16);
    }

    public WatchConfig withTimeouts(Duration connect, Duration read) {
        return new WatchConfig(userAgent, robotsAgent, connect, read, maxBytes, maxDecompressed, maxRedirects, perHost,
                hostDelay, minInterval, maxInterval, maxItems, polls);
    }

    public WatchConfig withHostDelay(Duration delay) {
        return new WatchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, maxBytes, maxDecompressed, maxRedirects,
                perHost, delay, minInterval, maxInterval, maxItems, polls);
    }

    public WatchConfig withLimits(int maxBytes, int maxDecompressed, int maxItems) {
        return new WatchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, maxBytes, maxDecompressed, maxRedirects,
                perHost, hostDelay, minInterval, maxInterval, maxItems, polls);
    }

    public WatchConfig withPolls(int polls) {
        return new WatchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, maxBytes, maxDecompressed, maxRedirects,
                perHost, hostDelay, minInterval, maxInterval, maxItems, polls);
    }
}
