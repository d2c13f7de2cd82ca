package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.model.Timex;
import io.newsweave.text.Sentence;
import io.newsweave.text.TextMemo;
import io.newsweave.time.FutureCue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dated sentences of one article. A sentence is dated by each DATE (or TIME) expression in
 * it that names a day, a month or a year; one of the first {@value #LEAD} sentences without such an
 * expression is dated by the article's publication date when known (news is about its day).
 * A sentence speaks of its date as still to come when the date starts after the publication
 * date, or covers it and the sentence has a future cue ({@link FutureCue}); an undated article
 * decides by the cue alone; a lead dated by publication never does. Stateless.
 */
final class DatedSentences {

    /** How many opening sentences may be dated by publication. */
    static final int LEAD = 2;
    /** A lead dated by publication needs this many words, so headline crumbs do not count. */
    private static final int LEAD_MIN_WORDS = 5;

    private DatedSentences() {
    }

    static List<Dated> of(Article article, int order, List<Sentence> sentences, TextMemo text) {
        List<Dated> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            return out;
        }
        LocalDate published = article.published().date();
        SentenceFeatures[] features = new SentenceFeatures[sentences.size()];
        boolean[] dated = new boolean[sentences.size()];
        Set<String> seen = new HashSet<>();
        for (Timex t : article.timexes()) {
            CalendarDate day = usable(t) ? CalendarDate.parse(t.value()) : null;
            int s = day == null ? -1 : indexOf(sentences, t.start());
            if (s < 0 || !seen.add(s + "|" + day.value())) {
                continue;
            }
            Sentence sentence = sentences.get(s);
            dated[s] = true;
            features[s] = features[s] != null ? features[s] : SentenceFeatures.of(article, sentence.start(), sentence.end(), text);
            out.add(new Dated(article, order, sentence, day, true, future(day, published, sentence.text(), article.language()), features[s]));
        }
        if (published != null) {
            for (int s = 0; s < Math.min(LEAD, sentences.size()); s++) {
                Sentence sentence = sentences.get(s);
                if (!dated[s] && words(sentence.text()) >= LEAD_MIN_WORDS) {
                    out.add(new Dated(article, order, sentence, CalendarDate.day(published), false, false,
                            SentenceFeatures.of(article, sentence.start(), sentence.end(), text)));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(d -> d.sentence().start()));
        return out;
    }

    private static boolean usable(Timex t) {
        return ("DATE".equals(t.type()) || "TIME".equals(t.type())) && !t.vague();
    }

    private static boolean future(CalendarDate day, LocalDate published, String sentence, String language) {
        if (published == null) {
            return FutureCue.in(sentence, language);
        }
        if (day.from().isAfter(published)) {
            return true;
        }
        return !day.to().isBefore(published) && FutureCue.in(sentence, language);
    }

    /** The sentence holding char {@code offset}, or -1. */
    private static int indexOf(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
