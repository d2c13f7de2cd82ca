/**
 * The command line: {@code ingest}, {@code stories}, {@code story}, {@code export} and
 * {@code demo}, over a data directory ({@code --data}, default {@code ./newsweave-data}).
 */
package io.newsweave.cli;
