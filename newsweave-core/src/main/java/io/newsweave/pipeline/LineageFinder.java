package io.newsweave.pipeline;

import io.newsweave.lineage.LineageFeatures;
import io.newsweave.lineage.LineageLink;
import io.newsweave.lineage.LineageRules;
import io.newsweave.lineage.LineageWindow;
import io.newsweave.store.ArticleIndex;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lineage step of the ordered part: links each article placed to the stored reports it copies,
 * reuses or translates, and records exact copies met again (same text from another URL, outlet or
 * day) as sightings of the stored article. Candidates come from a {@link LineageWindow} of the last
 * {@value #WINDOW} articles (filled from the index when the first article arrives): copies by the
 * text sketch's bands, translations by the anchor set's, in other languages, within
 * {@link LineageRules#windowDays()} days. Each lookup is bounded, so the cost per article stays flat
 * as the store grows. Not thread-safe: one per ordered stream.
 */
final class LineageFinder {

    /** Recent articles newcomers are compared with (about 0.8 KB of memory each). */
    static final int WINDOW = 100_000;
    /** Copy candidates compared per article. */
    private static final int COPY_CANDIDATES = 12;
    /** Translation candidates compared per article. */
    private static final int TRANSLATION_CANDIDATES = 12;
    /** Links of one kind recorded per article at most (one already joins its group). */
    private static final int LINKS = 3;

    private final Store store;
    private final LineageRules rules;
    /** Filled from the index on first use. */
    private LineageWindow window;
    /** The articles added since the index last refreshed (it cannot find them by id yet). */
    private final Map<String, LineageWindow.Report> unseen = new HashMap<>();
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
        unseen.clear();
    }

    /** Articles a window starts with room for at least (it doubles as it fills, up to {@value #WINDOW}). */
    private static final int FIRST_WINDOW = 4_096;

    private LineageWindow window() throws IOException {
        if (window == null) {
            List<ArticleIndex.Sketched> recent = store.index().recentSketched(WINDOW);
            LineageWindow filled = new LineageWindow(Math.min(WINDOW, Math.max(FIRST_WINDOW, 2 * recent.size())));
            for (ArticleIndex.Sketched s : recent) {
                filled.add(s.id(), s.seq(), s.features());
            }
            window = filled;
        } else if (window.size() == window.capacity() && window.capacity() < WINDOW) {
            window = window.grown((int) Math.min(WINDOW, 2L * window.capacity()));
        } else if (window.full()) {
            window = window.grown(window.capacity());
        }
        return window;
    }

    /** Finds and records the links of {@code stored} (just added, with {@code features}). */
    void added(StoredArticle stored, LineageFeatures features) throws IOException {
        String id = stored.article().id();
        LineageWindow recent = window();
        LineageLink.Side side = features.side(id, stored.seq());
        List<Scored> text = new ArrayList<>();
        Set<String> textLinked = new HashSet<>();
        if (features.sketch().comparable()) {
            for (LineageWindow.Found found : recent.byText(features.sketch().bands(), COPY_CANDIDATES + 1)) {
                LineageWindow.Report p = found.report();
                if (p.id().equals(id)) {
                    continue;
                }
                LineageLink.Kind kind = rules.byText(features.sketch(), p.features().sketch());
                if (kind != null && !sameOutletTemplate(features, p.features())) {
                    double share = features.sketch().containedIn(p.features().sketch());
                    double ofShare = p.features().sketch().containedIn(features.sketch());
                    text.add(new Scored(new LineageLink(kind, side, p.features().side(p.id(), p.seq()), share, ofShare),
                            Math.max(share, ofShare)));
                    textLinked.add(p.id());
                }
            }
        }
        List<Scored> translated = new ArrayList<>();
        if (features.anchors().length >= rules.minAnchors() && features.findBy().length > 0) {
            int day = features.published() == null ? Integer.MIN_VALUE : (int) LineageWindow.epochDay(features.published());
            for (LineageWindow.Found found : recent.byAnchors(features.findBy(), features.language(), day,
                    rules.windowDays(), TRANSLATION_CANDIDATES)) {
                LineageWindow.Report p = found.report();
                if (textLinked.contains(p.id()) || !rules.mayTranslate(features.anchors(), p.features().anchors())) {
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
        recent.add(id, stored.seq(), features);
        unseen.put(id, new LineageWindow.Report(id, stored.seq(), features));
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
        LineageWindow.Report known = unseen.get(id);
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
}
