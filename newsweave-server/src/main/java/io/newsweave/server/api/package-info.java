/**
 * The REST API under {@code /api}: stories, articles, entities, search, ingest, export and the
 * Server-Sent Events stream of catalog changes ({@link io.newsweave.server.api.ChangeStream}). Its
 * stories and articles are written by the core's {@link io.newsweave.json.ViewJson}, the writer the
 * export uses. Exposes only its route groups; the JSON shapes are package-private.
 */
package io.newsweave.server.api;
