package io.newsweave.clean;

import io.newsweave.model.RawDocument;

/**
 * The clean stage: from a decoded document to its headline and news paragraphs, with page clutter
 * (share and print buttons, tag lists, teasers, captions with credits, social-embed residue, calls
 * to share, emoji-only lines) removed and Unicode normalized. Does not detect language or parse
 * dates. Implementations are thread-safe.
 */
public interface Cleaner {

    /**
     * Cleans one document. Never throws for bad content: a document with no news text comes back
     * with no paragraphs, and the caller decides what to do with it.
     */
    CleanDocument clean(RawDocument raw);

    /** The standard cleaner for every {@link RawDocument.Kind}. */
    static Cleaner standard() {
        return new StandardCleaner();
    }
}
