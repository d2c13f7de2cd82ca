package io.newsweave.story.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a development into a {@link TimelineEntry}: one source per article (a sentence that
 * writes the date before a lead dated by publication, then one of readable length, then the
 * earliest), a representative sentence and the entities involved. Stateless.
 */
final class Entries {

    /** Entities listed per entry, most mentioned first. */
    static final int MAX_ENTITIES = 10;
    /** Sentences outside this many words are not readable as a timeline entry. */
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 50;
    static final double EXPLICIT = 0.5;
    static final double UNREADABLE = 0.5;

    private Entries() {
    }

    static TimelineEntry of(Development d, String kind, String preferredLanguage) {
        Map<String, Dated> perArticle = new LinkedHashMap<>();
        d.members.stream()
                .sorted(Comparator.comparingInt(Dated::order).thenComparing(m -> !m.explicit())
                        .thenComparing(m -> !readable(m)).thenComparingInt(m -> m.sentence().start()))
                .forEach(m -> perArticle.putIfAbsent(m.article().id(), m));
        List<Dated> sources = new ArrayList<>(perArticle.values());
        Map<String, Integer> entityCounts = new HashMap<>();
        for (Dated m : sources) {
            m.features().entities().forEach(e -> entityCounts.merge(e, 1, Integer::sum));
        }
        Dated representative = representative(sources, preferredLanguage);
        List<TimelineEntry.Source> out = new ArrayList<>(sources.size());
        for (Dated m : sources) {
            out.add(source(m));
        }
        List<String> entities = entityCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_ENTITIES).map(Map.Entry::getKey).toList();
        return new TimelineEntry(d.date.value(), d.date.granularity(), kind, representative.sentence().text(),
                representative.article().language(), out, entities);
    }

    /** A whole sentence ({@link DatedSentences#whole}) of readable length. */
    static boolean readable(Dated m) {
        int words = DatedSentences.words(m.sentence().text());
        return words >= MIN_WORDS && words <= MAX_WORDS && m.whole();
    }

    static TimelineEntry.Source source(Dated m) {
        return new TimelineEntry.Source(m.article().id(), m.sentence().text(), m.sentence().start(), m.sentence().end(),
                m.article().language());
    }

    /**
     * Among the sources in the preferred language (all sources when none is), the most central
     * one: mean similarity to the other sources, plus {@value #EXPLICIT} when it writes the date,
     * minus {@value #UNREADABLE} when it is too short, too long or not a whole sentence; ties go to
     * the earliest article.
     */
    private static Dated representative(List<Dated> sources, String preferred) {
        List<Dated> pool = sources.stream().filter(m -> m.article().language().equals(preferred)).toList();
        if (pool.isEmpty()) {
            pool = sources;
        }
        Dated best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Dated m : pool) {
            double sum = 0;
            for (Dated o : sources) {
                sum += o == m ? 0 : m.features().similarity(o.features());
            }
            double score = (sources.size() > 1 ? sum / (sources.size() - 1) : 0) + (m.explicit() ? EXPLICIT : 0)
                    - (readable(m) ? 0 : UNREADABLE);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }
}
