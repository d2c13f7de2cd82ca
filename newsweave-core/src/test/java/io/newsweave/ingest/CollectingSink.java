package io.newsweave.ingest;

import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;

import java.util.ArrayList;
import java.util.List;

/** Test sink: keeps everything in arrival order. */
final class CollectingSink implements DocumentSink {

    final List<RawDocument> documents = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> events = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
        documents.add(document);
        events.add("accept " + document.origin());
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
        events.add("reject " + rejection.origin());
    }

    RawDocument only() {
        if (documents.size() != 1 || !rejections.isEmpty()) {
            throw new AssertionError("expected one document and no rejection, got " + events
                    + rejections.stream().map(Rejection::message).toList());
        }
        return documents.get(0);
    }

    Rejection onlyRejection() {
        if (rejections.size() != 1 || !documents.isEmpty()) {
            throw new AssertionError("expected one rejection and no document, got " + events
                    + rejections.stream().map(Rejection::message).toList());
        }
        return rejections.get(0);
    }

    List<String> origins() {
        return documents.stream().map(d -> d.origin().toString()).toList();
    }
}
