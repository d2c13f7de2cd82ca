package io.newsweave.server;

/**
 * An HTTP failure with its status and a short machine-readable code; the server maps it to a JSON
 * body {@code {"error": {"status": 404, "code": "not_found", "message": "..."}}} on the API, and to
 * an escaped HTML page on the web UI, with a {@code Retry-After} header when it has one. Immutable.
 */
public final class HttpError extends RuntimeException {

    private final int status;
    private final String code;
    private final int retryAfterSeconds;

    HttpError(int status, String code, String message) {
        this(status, code, message, 0);
    }

    private HttpError(int status, String code, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds after which the request may succeed, or 0 when retrying will not help. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, "bad_request", message);
    }

    static HttpError unauthorized(String message) {
        return new HttpError(401, "unauthorized", message);
    }

    static HttpError forbidden(String message) {
        return new HttpError(403, "forbidden", message);
    }

    /** 409: the request conflicts with the server's state (a source already watched, a server not watching). */
    public static HttpError conflict(String code, String message) {
        return new HttpError(409, code, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, "not_found", message);
    }

    public static HttpError tooLarge(String message) {
        return new HttpError(413, "payload_too_large", message);
    }

    public static HttpError unsupportedMediaType(String message) {
        return new HttpError(415, "unsupported_media_type", message);
    }

    /** A 503: the server will not do this work now; {@code retryAfterSeconds} 0 when retrying will not help. */
    public static HttpError unavailable(String code, String message, int retryAfterSeconds) {
        return new HttpError(503, code, message, retryAfterSeconds);
    }
}
