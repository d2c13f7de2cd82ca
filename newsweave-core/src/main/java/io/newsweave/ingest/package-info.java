/**
 * Ingest: turns input paths (files, directories, {@code .gz}, {@code -} for standard input) into
 * decoded {@link io.newsweave.model.RawDocument}s. Readers exist for plain-text articles, HTML
 * pages, JSON Lines (news-please / CC-News shape), RSS and Atom feeds, and WARC files. Bad input
 * is reported as a {@link io.newsweave.model.Rejection} naming the input, the line or record and
 * the reason; it never stops the other inputs. Ingest does no analysis.
 */
package io.newsweave.ingest;
