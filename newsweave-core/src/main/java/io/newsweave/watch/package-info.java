/**
 * Watching sources: continuous, polite, fault-tolerant collection of articles from RSS/Atom
 * feeds, sitemaps, news sitemaps and HTML section pages. {@link io.newsweave.watch.SourcesFile}
 * reads the list of sources; {@link io.newsweave.watch.Watcher} polls each when it is due
 * ({@link io.newsweave.watch.Schedule}), fetches politely ({@link io.newsweave.watch.Fetcher},
 * {@link io.newsweave.watch.Robots}, {@link io.newsweave.watch.HostPoliteness}), reads the items
 * ({@link io.newsweave.watch.FeedItems}), fetches each unseen article page once and hands the pages
 * to an {@link io.newsweave.watch.ArticleSink} (the ordinary ingest pipeline), and keeps schedules,
 * validators, seen URLs and health ({@link io.newsweave.watch.SourceHealth}) durable under
 * {@code DIR/watch/} ({@link io.newsweave.watch.WatchState}).
 */
package io.newsweave.watch;
