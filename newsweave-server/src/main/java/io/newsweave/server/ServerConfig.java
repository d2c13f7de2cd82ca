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
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, Duration pollInterval) {

    /** Default request body limit: 8 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;
    /** Default port. */
    public static final int DEFAULT_PORT = 7070;

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
    }

    /** Loopback, port 7070, read-only, 8 MiB bodies, polling every 500 ms. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES, Duration.ofMillis(500));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, token, maxBodyBytes, pollInterval);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, token, maxBodyBytes, pollInterval);
    }

    public ServerConfig withToken(String newToken) {
        return new ServerConfig(host, port, newToken, maxBodyBytes, pollInterval);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, token, bytes, pollInterval);
    }

    /** Whether write endpoints are open (to holders of the token). */
    public boolean writable() {
        return token != null;
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***")
                + ", maxBodyBytes=" + maxBodyBytes + ", pollInterval=" + pollInterval + "]";
    }
}
