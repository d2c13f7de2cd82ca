package io.newsweave.watch;

import java.net.URI;
import java.time.Duration;

/**
 * One successful response: 2xx with its body (decompressed), or 304 Not Modified with none.
 *
 * @param url          the URL that answered, after redirects
 * @param status       the HTTP status
 * @param contentType  the Content-Type header, or {@code null}
 * @param etag         the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 * @param body         the body, empty for a 304
 * @param latency      from the first request to the last byte
 */
public record Fetched(URI url, int status, String contentType, String etag, String lastModified, byte[] body,
                      Duration latency) {

    /** Whether the server said the resource has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }
}
