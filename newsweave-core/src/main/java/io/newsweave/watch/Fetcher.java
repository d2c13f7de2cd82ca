package io.newsweave.watch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Fetches one URL like a good citizen, with the JDK {@link HttpClient}: an honest User-Agent,
 * gzip asked for and unpacked under a size cap, redirects followed up to a bound (loops
 * detected), a connect timeout and a deadline for the whole response (a server that dribbles
 * bytes or stalls is cut off), a size cap on the body, conditional GET from an ETag or
 * Last-Modified, and each request waiting for its turn in {@link HostPoliteness}. Every failure
 * is a {@link FetchFailure} that says what happened in words. Does not consult robots.txt
 * (see {@link Robots}) and does not retry. Thread-safe.
 */
public final class Fetcher implements AutoCloseable {

    /** Validators from an earlier response, for a conditional GET; either may be {@code null}. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private final WatchConfig config;
    private final HostPoliteness politeness;
    private final Clock clock;
    private final HttpClient client;

    public Fetcher(WatchConfig config, HostPoliteness politeness, Clock clock) {
        this.config = config;
        this.politeness = politeness;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** GETs {@code url}, following redirects; a 2xx or a 304 is returned, anything else thrown. */
    public Fetched get(URI url, Validators validators) throws FetchFailure, InterruptedException {
        long start = System.nanoTime();
        List<URI> visited = new ArrayList<>();
        URI current = url;
        while (true) {
            visited.add(current);
            HttpResponse<byte[]> response = exchange(current, validators);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                URI next = location(current, response, status);
                if (visited.contains(next)) {
                    throw new FetchFailure(FetchFailure.Severity.HARD, status, null,
                            "redirect loop: " + path(visited) + " -> " + next);
                }
                if (visited.size() > config.maxRedirects()) {
                    throw new FetchFailure(FetchFailure.Severity.HARD, status, null,
                            "more than " + config.maxRedirects() + " redirects: " + path(visited) + " -> ...");
                }
                current = next;
                continue;
            }
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            if (status == 304) {
                return new Fetched(current, status, header(response, "content-type"), header(response, "etag"),
                        header(response, "last-modified"), new byte[0], latency);
            }
            if (status >= 200 && status < 300) {
                byte[] body = decode(current, response);
                return new Fetched(current, status, header(response, "content-type"), header(response, "etag"),
                        header(response, "last-modified"), body, latency);
            }
            throw failure(current, response);
        }
    }

    private HttpResponse<byte[]> exchange(URI url, Validators validators) throws FetchFailure, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
                        + "text/html;q=0.8, */*;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        try (HostPoliteness.Permit permit = politeness.acquire(url.getHost())) {
            CompletableFuture<HttpResponse<byte[]>> future =
                    client.sendAsync(request.build(), info -> new CappedBody(config.maxBytes()));
            try {
                return future.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new FetchFailure(FetchFailure.Severity.TEMPORARY, 0, null, "no complete response within "
                        + seconds(config.readTimeout()) + " (the server sent too slowly or stalled)");
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                throw translate(e.getCause());
            }
        }
    }

    private FetchFailure translate(Throwable cause) {
        while (cause instanceof java.util.concurrent.CompletionException || cause instanceof IOException
                && cause.getCause() instanceof CappedBody.TooLarge) {
            cause = cause.getCause();
        }
        if (cause instanceof CappedBody.TooLarge) {
            return new FetchFailure(FetchFailure.Severity.HARD, 0, null, cause.getMessage()
                    + " (cap " + config.maxBytes() + ")");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, "connect timed out after " + seconds(config.connectTimeout()));
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, "no response headers within " + seconds(config.readTimeout()));
        }
        if (cause instanceof ConnectException) {
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, "connection refused");
        }
        String message = cause == null ? "unknown" : String.valueOf(cause.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("reset")) {
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, "connection reset by the server");
        }
        if (cause instanceof java.io.EOFException || lower.contains("closed") || lower.contains("eof")
                || lower.contains("no bytes")) {
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, "connection closed before a whole response (" + message + ")");
        }
        if (cause instanceof IllegalArgumentException) {
            return new FetchFailure(FetchFailure.Severity.HARD, "bad URL: " + message);
        }
        return new FetchFailure(FetchFailure.Severity.TEMPORARY, "network error: " + message);
    }

    private URI location(URI current, HttpResponse<?> response, int status) throws FetchFailure {
        String location = header(response, "location");
        if (location == null) {
            throw new FetchFailure(FetchFailure.Severity.HARD, status, null, "redirect " + status + " without a Location");
        }
        String resolved = UrlNormalizer.resolve(current, location);
        if (resolved == null) {
            throw new FetchFailure(FetchFailure.Severity.HARD, status, null, "redirect " + status + " to a bad URL: " + location);
        }
        return URI.create(resolved);
    }

    private FetchFailure failure(URI url, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            Duration retryAfter = retryAfter(header(response, "retry-after"));
            if (retryAfter != null) {
                politeness.pause(url.getHost(), retryAfter);
            }
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, status, retryAfter,
                    "HTTP " + status + (status == 429 ? " Too Many Requests" : " Service Unavailable")
                            + (retryAfter == null ? "" : ", retry after " + seconds(retryAfter)));
        }
        if (status >= 500) {
            return new FetchFailure(FetchFailure.Severity.TEMPORARY, status, null, "HTTP " + status + " server error");
        }
        String words = switch (status) {
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            default -> "";
        };
        return new FetchFailure(FetchFailure.Severity.HARD, status, null, "HTTP " + status + words);
    }

    /** Seconds or an HTTP date, as a non-negative duration from now (capped at a day); {@code null} when absent or garbled. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                d = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : d;
    }

    private byte[] decode(URI url, HttpResponse<byte[]> response) throws FetchFailure {
        String encoding = header(response, "content-encoding");
        byte[] body = response.body();
        if (encoding == null || encoding.equalsIgnoreCase("identity")) {
            return body;
        }
        if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
            throw new FetchFailure(FetchFailure.Severity.HARD, response.statusCode(), null,
                    "unsupported Content-Encoding " + encoding);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, config.maxDecompressed()));
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > config.maxDecompressed()) {
                    throw new FetchFailure(FetchFailure.Severity.HARD, response.statusCode(), null,
                            "gzip body unpacks to more than " + config.maxDecompressed() + " bytes (a gzip bomb?)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw new FetchFailure(FetchFailure.Severity.SOFT, response.statusCode(), null, "broken gzip body: " + e.getMessage());
        } catch (IOException e) {
            throw new FetchFailure(FetchFailure.Severity.SOFT, response.statusCode(), null, "unreadable gzip body: " + e.getMessage());
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String path(List<URI> visited) {
        return String.join(" -> ", visited.stream().map(URI::toString).toList());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
