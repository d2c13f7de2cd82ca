/**
 * Ingest: turns input paths (files, directories, {@code .gz}, {@code -} for standard input) into
 * decoded {@link io.newsweave.model.RawDocument}s. Readers exist for plain-text articles, HTML
 * pages, JSON Lines and JSON arrays (news-please / CC-News shape), RSS and Atom feeds, and WARC
 * files. Bad input is reported as a {@link io.newsweave.model.Rejection} naming the input, the line
 * or record and the reason; it never stops the other inputs. Ingest does no analysis.
 *
 * <p>The face is small: {@link io.newsweave.ingest.Inputs} reads, {@link io.newsweave.ingest.IngestConfig}
 * bounds it, {@link io.newsweave.ingest.DocumentSink} receives. Everything else is package-private:
 * format sniffing ({@code FormatSniffer}, {@code BinaryContent}), charset decoding
 * ({@code TextDecoder}) and one reader per format.
 *
 * <p>Origins: a whole file is its path; JSON Lines use the 1-based line number, JSON arrays the
 * element number, feeds the item number, WARC files the record number ({@code path#N}). Byte
 * offsets in rejections count bytes of the file as stored for WARC, and decompressed bytes for
 * other {@code .gz} inputs.
 */
package io.newsweave.ingest;
