package io.newsweave.pipeline;

import io.newsweave.clean.CleanDocument;
import io.newsweave.cluster.Clusterer;
import io.newsweave.cluster.CodedKeys;
import io.newsweave.cluster.IdentityKeys;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Article;
import io.newsweave.model.GroupIds;
import io.newsweave.model.Mention;
import io.newsweave.model.Rejection;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ordered part of the recipe, on one thread, in arrival order, top to bottom: duplicate check
 * (a copy met earlier in the same stream) → dating against the stream ({@link StreamDating}) →
 * canonical entity ids ({@link EntityRegistry}) → the identity and day keys completing the text's
 * keys → event and story ({@link Clusterer}, recording the merges that implies) → store; rejections
 * are quarantined; articles are reported ingested once the journal is synced. Calls nothing of
 * the parallel part. Built by {@link Recipe.Stages#placement}. Not thread-safe: one per ordered
 * stream, fed from one thread.
 */
public final class Placement {

    private static final long SYNC_NANOS = 1_000_000_000L;

    private final Store store;
    private final Clusterer clusterer;
    private final StreamDating dating;
    private final EntityRegistry entities;
    private final IngestListener listener;
    private final Progress progress;
    private final StageTimes times;
    private final int syncEvery;
    private final StoreCandidates candidates;
    private final LineageFinder lineage;
    private final List<StoredArticle> unsynced = new ArrayList<>();
    private long lastSync = System.nanoTime();

    Placement(Store store, Clusterer clusterer, StreamDating dating, EntityRegistry entities,
              io.newsweave.cluster.embed.ArticleVectors vectors, IngestListener listener, Progress progress, StageTimes times,
              int syncEvery, io.newsweave.lineage.LineageRules lineageRules) {
        this.store = store;
        this.lineage = new LineageFinder(store, lineageRules);
        this.entities = entities;
        this.clusterer = clusterer;
        this.dating = dating;
        this.listener = listener;
        this.progress = progress;
        this.times = times;
        this.syncEvery = syncEvery;
        this.candidates = new StoreCandidates(store, vectors);
    }

    /** Places one outcome of {@link Analysis}, in the stream's arrival order. */
    public void accept(Outcome outcome) throws IOException {
        switch (outcome) {
            case Outcome.Rejected rejected -> reject(rejected.rejection());
            case Outcome.Duplicate duplicate -> duplicate(duplicate);
            case Outcome.Fresh fresh -> {
                if (store.contains(fresh.id())) { // a copy met earlier in this stream, after analysis began
                    CleanDocument clean = fresh.clean();
                    duplicate(fresh.sketch().comparable() ? new Outcome.Duplicate(fresh.raw().origin(), fresh.id(), clean.url(),
                            source(clean), Analysis.declaredDay(clean)) : new Outcome.Duplicate(fresh.raw().origin(), fresh.id()));
                } else {
                    place(fresh);
                }
            }
        }
    }

    private void duplicate(Outcome.Duplicate duplicate) throws IOException {
        StageTimes.Lap lap = times.lap();
        lineage.sighting(duplicate.id(), duplicate.url(), duplicate.source(), duplicate.published());
        lap.end(Stage.LINEAGE);
        progress.duplicates.increment();
        listener.duplicate(duplicate.origin(), duplicate.id());
    }

    private void place(Outcome.Fresh fresh) throws IOException {
        StageTimes.Lap lap = times.lap();
        ArticleDate.Dated date = dating.date(fresh.date());
        if (fresh.date() instanceof ArticleDate.Undated) {
            lap.end(Stage.TIME);
        } else {
            lap.restart();
        }
        List<Mention> mentions = entities.resolve(fresh.language().code(), fresh.entities());
        lap.end(Stage.ENTITY);
        CleanDocument clean = fresh.clean();
        Article article = new Article(fresh.id(), fresh.raw().origin(), clean.url(), source(clean), clean.title(),
                clean.body(), fresh.language().code(), fresh.language().confidence(), date.published(), mentions,
                date.timexes(), fresh.raw().decoding());
        lap.restart();
        List<String> keys = IdentityKeys.complete(fresh.textKeys(), date.timexes(), mentions);
        CodedKeys coded = CodedKeys.of(keys);
        Clusterer.Decision decision = clusterer.place(coded, fresh.vector().orElse(null), date.published().date(),
                GroupIds.story(fresh.id()), GroupIds.event(fresh.id()), candidates);
        lap.end(Stage.GROUP);
        for (Clusterer.Merge merge : decision.merges()) {
            candidates.merged(merge.from(), merge.into());
            listener.merged(merge.from(), merge.into());
        }
        io.newsweave.lineage.LineageFeatures features = io.newsweave.lineage.LineageFeatures.of(article, fresh.sketch());
        lap.end(Stage.LINEAGE);
        Optional<StoredArticle> stored = store.add(article, decision.story(), decision.event(), keys, coded, features);
        if (stored.isPresent()) {
            if (candidates.added(stored.get(), coded)) {
                lineage.refreshed();
            }
            lap.end(Stage.STORE);
            lineage.added(stored.get(), features);
            lap.end(Stage.LINEAGE);
            unsynced.add(stored.get());
            listener.placed(stored.get());
        }
        if (unsynced.size() >= syncEvery || System.nanoTime() - lastSync > SYNC_NANOS) {
            sync();
        }
        lap.end(Stage.STORE);
    }

    private void reject(Rejection rejection) throws IOException {
        progress.rejected.increment();
        store.quarantine().put(rejection);
        listener.rejected(rejection);
    }

    /** Makes everything placed durable and searchable; the listener has heard of every article. */
    public void finish() throws IOException {
        StageTimes.Lap lap = times.lap();
        sync();
        store.quarantine().flush();
        store.commit();
        lap.end(Stage.STORE);
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

    /** The outlet: the declared source, else the URL's host without {@code www.}. */
    static String source(CleanDocument clean) {
        if (clean.source() != null && !clean.source().isBlank()) {
            return clean.source().strip();
        }
        if (clean.url() != null) {
            try {
                String host = URI.create(clean.url().strip()).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
