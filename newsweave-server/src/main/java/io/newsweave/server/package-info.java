/**
 * The newsweave web server: REST API, server-rendered web UI, Atom/RSS feeds, Server-Sent Events
 * and Prometheus metrics over the embedded store. The face is {@link io.newsweave.server.NewsweaveServer}
 * and its {@link io.newsweave.server.ServerConfig}; route groups, pages and the story catalog are
 * package-private. Article content is untrusted: every value reaches HTML or XML through
 * {@link io.newsweave.server.Html#escape}, and no request parameter reaches the file system.
 */
package io.newsweave.server;
