package io.newsweave.ingest;

import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

import java.util.Objects;

/**
 * Hands results to the caller's {@link DocumentSink} and tells the sink's own failures apart
 * from bad input: anything the sink throws is wrapped in {@link SinkFailure}, which the readers
 * never catch and {@link Inputs} unwraps. Owned by the reading thread.
 */
final class Delivery {

    /** A runtime exception thrown by the caller's sink, on its way out of {@link Inputs}. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private final DocumentSink sink;

    Delivery(DocumentSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    void accept(RawDocument document) {
        try {
            sink.accept(document);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    void reject(Rejection rejection) {
        try {
            sink.reject(rejection);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }
}
