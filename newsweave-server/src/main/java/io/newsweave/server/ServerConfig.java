package io.newsweave.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link NewsweaveServer} listens and what it accepts. Validated once; immutable.
 *
 * @param host         interface to bind ({@code 127.0.0.1} by default: loopback only)
 * @param port         TCP port, {@code 0} for any free port (tests)
 * @param token        the bearer token that write endpoints require, or {@code null}: read-only server
 * @param maxBodyBytes largest request body accepted (larger ones get 413)
 * @param pollInterval how often the server looks for new articles to refresh stories and push events
 * @param baseUrl      the public address that feed links are built from ({@code https://news.example.org/newsweave}),
 *                     or {@code null} for {@code http://host:port} of the listening socket; never the request's
 *                     {@code Host} header, which a client chooses
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, Duration pollInterval, String baseUrl) {

    /** Default request body limit: 8 MiB. */
    static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;
    /** Default port. */
    static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        if (token != null && token.length() < 8) {
            throw new IllegalArgumentException("a write token needs at least 8 characters");
        }
        if (maxBodyBytes < 1024 || maxBodyBytes > (1L << 30)) {
            throw new IllegalArgumentException("maxBodyBytes must be in 1 KiB..1 GiB: " + maxBodyBytes);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        if (baseUrl != null) {
            baseUrl = checkedBaseUrl(baseUrl);
        }
    }

    ServerConfig(String host, int port, String token, long maxBodyBytes, Duration pollInterval) {
        this(host, port, token, maxBodyBytes, pollInterval, null);
    }

    private static String checkedBaseUrl(String url) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("base URL is not a URL: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("base URL must be http(s)://host[:port][/path] without user, query or fragment: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The address links are built from: {@link #baseUrl} when set, else the listening host and {@code actualPort}. */
    public String base(int actualPort) {
        if (baseUrl != null) {
            return baseUrl;
        }
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + actualPort;
    }

    /** Loopback, port 7070, read-only, 8 MiB bodies, polling every 500 ms. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES, Duration.ofMillis(500));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, token, maxBodyBytes, pollInterval, baseUrl);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, token, maxBodyBytes, pollInterval, baseUrl);
    }

    public ServerConfig withToken(String newToken) {
        return new ServerConfig(host, port, newToken, maxBodyBytes, pollInterval, baseUrl);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, token, bytes, pollInterval, baseUrl);
    }

    public ServerConfig withBaseUrl(String url) {
        return new ServerConfig(host, port, token, maxBodyBytes, pollInterval, url);
    }

    /** Whether write endpoints are open (to holders of the token). */
    public boolean writable() {
        return token != null;
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***")
                + ", maxBodyBytes=" + maxBodyBytes + ", pollInterval=" + pollInterval + ", baseUrl=" + baseUrl + "]";
    }
}
