/**
 * The newsweave web server's core: {@link io.newsweave.server.NewsweaveServer} and its
 * {@link io.newsweave.server.ServerConfig} (the face), the route-group contract, the catalog
 * snapshot published from the core's {@link io.newsweave.story.ReadModel}, story digests and their
 * cache, request parameters, typed HTTP errors, responses, metrics and the ingester. The REST API,
 * the web UI and the feeds live in {@code api}, {@code ui} and {@code feed}; what they share is
 * public here, the rest package-private. Article content is untrusted: every value reaches HTML or
 * XML through {@link io.newsweave.server.Html#escape}, and no request parameter reaches the file system.
 */
package io.newsweave.server;
