/**
 * The server-rendered web UI: front page, story, article, entity and search pages and static
 * assets. Pages render the core's records (story views, details, entity summaries) directly,
 * never JSON read back. Exposes its route groups and {@link io.newsweave.server.ui.Layout} (the
 * server's error pages use it); every value reaches HTML through {@link io.newsweave.server.Html#escape}.
 */
package io.newsweave.server.ui;
