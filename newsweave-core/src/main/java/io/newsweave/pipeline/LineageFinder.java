package io.newsweave.pipeline;

import io.newsweave.lineage.LineageFeatures;
import io.newsweave.lineage.LineageLink;
import io.newsweave.lineage.LineageRules;
import io.newsweave.store.ArticleIndex;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lineage step of the ordered part: links each article placed to the stored reports it copies,
 * reuses or translates, and records exact copies met again (same text from another URL, outlet or
 * day) as sightings of the stored article. Candidates come from the index (copies by the text
 * sketch's bands, translations by anchors, within {@link LineageRules#windowDays()} days, in
 * other languages) plus the articles added since its last refresh, ranked alike, so the cost per
 * article stays flat as the store grows. Not thread-safe: one per ordered stream.
 */
final class LineageFinder {

    /** Copy candidates compared per article, from the index and from the pending articles each. */
    private static final int COPY_CANDIDATES = 12;
    /** Translation candidates compared per article, from the index and from the pending articles each. */
    private static final int TRANSLATION_CANDIDATES = 12;
    /** Links of one kind recorded per article at most (one already joins its group). */
    private static final int LINKS = 3;

    /** An article the index cannot see yet (or a candidate from the index); compared by identity. */
    private record Pending(String id, long seq, LineageFeatures features) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final Store store;
    private final LineageRules rules;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<Long, List<Pending>> pendingByBand = new HashMap<>();
    private final Map<Long, List<Pending>> pendingByAnchor = new HashMap<>();
    /** Sightings recorded, by {@code id|url|source|day}. */
    private final Set<String> sightings = new HashSet<>();

    LineageFinder(Store store, LineageRules rules) {
        this.store = store;
        this.rules = rules;
        for (LineageLink link : store.links()) {
            if (link.kind() == LineageLink.Kind.SIGHTING) {
                sightings.add(sightingKey(link.of().id(), link.article()));
            }
        }
    }

    /** The index refreshed: it now sees every article added so far. */
    void refreshed() {
        pending.clear();
        pendingByBand.clear();
        pendingByAnchor.clear();
    }

    /** Finds and records the links of {@code stored} (just added, with {@code features}). */
    void added(StoredArticle stored, LineageFeatures features) throws IOException {
        String id = stored.article().id();
        LineageLink.Side side = features.side(id, stored.seq());
        List<Scored> text = new ArrayList<>();
        if (features.sketch().comparable()) {
            long[] bands = features.sketch().bands();
            for (Pending p : candidates(store.index().sharingBands(bands, COPY_CANDIDATES), byBands(bands), id)) {
                LineageLink.Kind kind = rules.byText(features.sketch(), p.features().sketch());
                if (kind != null && !sameOutletTemplate(features, p.features())) {
                    double share = features.sketch().containedIn(p.features().sketch());
                    double ofShare = p.features().sketch().containedIn(features.sketch());
                    text.add(new Scored(new LineageLink(kind, side, p.features().side(p.id(), p.seq()), share, ofShare),
                            Math.max(share, ofShare)));
                }
            }
        }
        List<Scored> translated = new ArrayList<>();
        if (features.anchors().length >= rules.minAnchors()) {
            LocalDate date = features.published() == null ? null : LocalDate.parse(features.published());
            Set<String> textLinked = new HashSet<>();
            text.forEach(s -> textLinked.add(s.link().of().id()));
            for (Pending p : candidates(store.index().sharingAnchors(features.findBy(), features.language(), date,
                    rules.windowDays(), TRANSLATION_CANDIDATES), byAnchors(features, date), id)) {
                if (textLinked.contains(p.id()) || p.features().language().equals(features.language())) {
                    continue;
                }
                if (!rules.mayTranslate(features.anchors(), p.features().anchors())) {
                    continue;
                }
                double score = rules.alignment(features.anchors(), p.features().anchors());
                if (score >= rules.translationScore()) {
                    translated.add(new Scored(new LineageLink(LineageLink.Kind.TRANSLATION, side,
                            p.features().side(p.id(), p.seq()), score, score), score));
                }
            }
        }
        record(text);
        record(translated);
        Pending self = new Pending(id, stored.seq(), features);
        pending.put(id, self);
        for (long band : features.sketch().bands()) {
            pendingByBand.computeIfAbsent(band, k -> new ArrayList<>()).add(self);
        }
        for (long band : features.findBy()) {
            pendingByAnchor.computeIfAbsent(band, k -> new ArrayList<>()).add(self);
        }
    }

    /**
     * Records an exact copy met again: the stored article {@code id} from another outlet. Nothing
     * when the copy says nothing new: no URL and no outlet, the stored article's URL or outlet (one
     * outlet's text under another URL is its own page again, or a template), or a sighting already
     * recorded.
     */
    void sighting(String id, String url, String source, String published) throws IOException {
        if (url == null && source == null) {
            return;
        }
        LineageLink.Side of;
        Pending known = pending.get(id);
        ArticleIndex.Sketched indexed = known != null ? null : store.index().sketched(id).orElse(null);
        if (known != null) {
            of = known.features().side(id, known.seq());
        } else if (indexed != null) {
            of = indexed.features().side(id, indexed.seq());
        } else { // indexed before lineage features existed: read its record
            StoredArticle stored = store.get(id).orElse(null);
            if (stored == null) {
                return;
            }
            var a = stored.article();
            of = new LineageLink.Side(id, stored.seq(), a.url(), a.source(),
                    a.published().known() ? a.published().date().toString() : null, a.language());
        }
        LineageLink.Side seen = new LineageLink.Side(null, -1, url, source, published, of.language());
        // the same outlet's text under another URL is its own page again (a print or mobile version,
        // or a template: a cookie wall, a paywall notice), not a republication
        boolean sameOutlet = source != null && source.equals(of.source());
        boolean sameUrl = url != null && url.equals(of.url());
        if (sameOutlet || sameUrl || !sightings.add(sightingKey(id, seen))) {
            return;
        }
        store.link(new LineageLink(LineageLink.Kind.SIGHTING, seen, of, 1, 1));
    }

    /** Shingles under which two texts of one outlet that match are taken for its page template rather than a copy. */
    private static final int TEMPLATE_SHINGLES = 80;

    /** Whether two matching texts are one outlet's short page template (a cookie wall, a paywall notice) seen twice. */
    private static boolean sameOutletTemplate(LineageFeatures a, LineageFeatures b) {
        return a.source() != null && a.source().equals(b.source())
                && Math.min(a.sketch().shingles(), b.sketch().shingles()) < TEMPLATE_SHINGLES;
    }

    private static String sightingKey(String id, LineageLink.Side side) {
        return id + '|' + side.url() + '|' + side.source() + '|' + (side.url() == null ? side.published() : "");
    }

    private record Scored(LineageLink link, double score) {
    }

    private void record(List<Scored> found) throws IOException {
        found.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingLong((Scored s) -> s.link().of().seq()).reversed()));
        for (int i = 0; i < found.size() && i < LINKS; i++) {
            store.link(found.get(i).link());
        }
    }

    /** The index's candidates and the pending ones, without {@code self}, each once. */
    private static List<Pending> candidates(List<ArticleIndex.Sketched> indexed, List<Pending> unseen, String self) {
        Map<String, Pending> out = new LinkedHashMap<>();
        for (ArticleIndex.Sketched s : indexed) {
            if (!s.id().equals(self)) {
                out.putIfAbsent(s.id(), new Pending(s.id(), s.seq(), s.features()));
            }
        }
        for (Pending p : unseen) {
            if (!p.id().equals(self)) {
                out.putIfAbsent(p.id(), p);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The pending articles sharing most bands, best first, at most {@link #COPY_CANDIDATES}. */
    private List<Pending> byBands(long[] bands) {
        Map<Pending, Integer> shared = new HashMap<>();
        for (long band : bands) {
            for (Pending p : pendingByBand.getOrDefault(band, List.of())) {
                shared.merge(p, 1, Integer::sum);
            }
        }
        return best(shared, COPY_CANDIDATES);
    }

    /** The pending articles in other languages, in the window, sharing most anchors, best first. */
    private List<Pending> byAnchors(LineageFeatures features, LocalDate date) {
        Map<Pending, Integer> shared = new HashMap<>();
        for (long band : features.findBy()) {
            for (Pending p : pendingByAnchor.getOrDefault(band, List.of())) {
                if (!p.features().language().equals(features.language()) && inWindow(p.features().published(), date)) {
                    shared.merge(p, 1, Integer::sum);
                }
            }
        }
        return best(shared, TRANSLATION_CANDIDATES);
    }

    private boolean inWindow(String published, LocalDate date) {
        return date == null || published == null
                || Math.abs(LocalDate.parse(published).toEpochDay() - date.toEpochDay()) <= rules.windowDays();
    }


    private static List<Pending> best(Map<Pending, Integer> shared, int limit) {
        List<Map.Entry<Pending, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort(Map.Entry.<Pending, Integer>comparingByValue().reversed()
                .thenComparing(e -> -e.getKey().seq()));
        List<Pending> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            out.add(ranked.get(i).getKey());
        }
        return out;
    }
}
