package io.newsweave.pipeline;

import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.CodedKeys;
import io.newsweave.cluster.Features;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Mention;
import io.newsweave.model.Article;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Rejection;
import io.newsweave.model.Timex;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import io.newsweave.time.DeclaredDates;
import io.newsweave.time.PublicationDater;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordered part of the pipeline, on one thread: skips duplicates, dates undated articles
 * against the stream's latest known date, gives entities their canonical ids, places each article in an event and a story (recording
 * the merges that implies), stores it, quarantines
 * rejections, and reports articles ingested once the journal is synced. Not thread-safe.
 */
final class Placement {

    private static final long SYNC_NANOS = 1_000_000_000L;

    private final Store store;
    private final Clusterer clusterer;
    private final Analysis analysis;
    private final EntityRegistry entities;
    private final IngestListener listener;
    private final Progress progress;
    private final StageTimes times;
    private final int syncEvery;
    private final StoreCandidates candidates;
    private final List<StoredArticle> unsynced = new ArrayList<>();
    private long lastSync = System.nanoTime();
    private LocalDate latestKnown;

    Placement(Store store, Clusterer clusterer, Analysis analysis, EntityRegistry entities,
              io.newsweave.cluster.embed.ArticleVectors vectors, IngestListener listener, Progress progress, StageTimes times,
              int syncEvery) {
        this.store = store;
        this.entities = entities;
        this.clusterer = clusterer;
        this.analysis = analysis;
        this.listener = listener;
        this.progress = progress;
        this.times = times;
        this.syncEvery = syncEvery;
        this.candidates = new StoreCandidates(store, vectors);
    }

    void accept(Analysis.Analyzed analyzed) throws IOException {
        if (analyzed.rejection() != null) {
            reject(analyzed.rejection());
            return;
        }
        if (analyzed.isKnown() || store.contains(analyzed.id())) {
            progress.duplicates.increment();
            listener.duplicate(analyzed.raw().origin(), analyzed.id());
            return;
        }
        Published published = analyzed.published();
        List<Timex> timexes = analyzed.timexes();
        if (analyzed.undated()) {
            PublicationDater.Dating dating = analysis.infer(analyzed, latestKnown);
            published = dating.published();
            timexes = dating.timexes();
            if (!published.known() && analyzed.clean().crawled() != null) {
                Optional<LocalDate> crawled = DeclaredDates.parse(analyzed.clean().crawled());
                if (crawled.isPresent()) {
                    published = new Published(crawled.get(), Provenance.CRAWL, 0.3);
                }
            }
        } else if (published.provenance() != Provenance.CRAWL) {
            latestKnown = latestKnown == null || published.date().isAfter(latestKnown) ? published.date() : latestKnown;
        }
        long te = System.nanoTime();
        List<Mention> mentions = entities.resolve(analyzed.language().code(), analyzed.entities());
        times.add("entity", System.nanoTime() - te);
        Article article = new Article(analyzed.id(), analyzed.raw().origin(), analyzed.clean().url(), Analysis.source(analyzed.clean()),
                analyzed.clean().title(), analyzed.clean().body(), analyzed.language().code(), analyzed.language().confidence(),
                published, mentions, timexes, analyzed.raw().decoding());
        long t0 = System.nanoTime();
        List<String> keys = Features.complete(analyzed.keys(), timexes, mentions);
        CodedKeys coded = CodedKeys.of(keys);
        Clusterer.Decision decision = clusterer.place(coded, analyzed.vector(), published.date(), "s" + analyzed.id(),
                StoredArticle.soleEvent(analyzed.id()), candidates);
        long t1 = System.nanoTime();
        times.add("group", t1 - t0);
        for (Clusterer.Merge merge : decision.merges()) {
            candidates.merged(merge.from(), merge.into());
        }
        Optional<StoredArticle> stored = store.add(article, decision.story(), decision.event(), keys, coded);
        if (stored.isPresent()) {
            candidates.added(stored.get(), coded);
            unsynced.add(stored.get());
        }
        if (unsynced.size() >= syncEvery || System.nanoTime() - lastSync > SYNC_NANOS) {
            sync();
        }
        times.add("store", System.nanoTime() - t1);
    }

    private void reject(Rejection rejection) throws IOException {
        progress.rejected.increment();
        store.quarantine().put(rejection);
        listener.rejected(rejection);
    }

    void finish() throws IOException {
        long t0 = System.nanoTime();
        sync();
        store.quarantine().flush();
        store.commit();
        times.add("store", System.nanoTime() - t0);
    }

    private void sync() throws IOException {
        store.sync();
        lastSync = System.nanoTime();
        for (StoredArticle article : unsynced) {
            progress.ingested.increment();
            listener.ingested(article);
        }
        unsynced.clear();
    }
}
