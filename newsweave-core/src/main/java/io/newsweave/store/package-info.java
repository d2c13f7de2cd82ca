/**
 * Store: everything newsweave knows, under one data directory — an append-only journal (the source
 * of truth, fsynced before an article is reported ingested), a Lucene index derived from it and
 * rebuilt from it after a crash, and the quarantine of rejected inputs. Deleting the directory is
 * a full reset.
 */
package io.newsweave.store;
