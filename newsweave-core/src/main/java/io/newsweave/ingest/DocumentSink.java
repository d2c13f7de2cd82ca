package io.newsweave.ingest;

import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

/**
 * Receives what the readers produce, in input order. Called from the reading thread only.
 */
public interface DocumentSink {

    /** One document read and decoded. */
    void accept(RawDocument document);

    /** An input, or one record of it, that could not be read. Reading goes on after it. */
    void reject(Rejection rejection);
}
