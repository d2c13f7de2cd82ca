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
 * decides by the cue alone; a lead dated by publication never does. A day more than
 * {@value #FAR_DAYS} days after publication counts only with a future cue (else it is page
 * clutter); months and years ahead ("in 2021, the credit falls to 22%") count. Stateless.
 */
final class DatedSentences {

    /** How many opening sentences may be dated by publication. */
    static final int LEAD = 2;
    /** A lead dated by publication needs this many words, so headline crumbs do not count. */
    private static final int LEAD_MIN_WORDS = 5;
    /** A day more than this many days after publication needs a future cue to count. */
    static final int FAR_DAYS = 180;

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
        boolean[] whole = new boolean[sentences.size()];
        Set<String> seen = new HashSet<>();
        for (Timex t : article.timexes()) {
            CalendarDate day = usable(t) ? CalendarDate.parse(t.value()) : null;
            int s = day == null ? -1 : indexOf(sentences, t.start());
            if (s < 0 || !seen.add(s + "|" + day.value())) {
                continue;
            }
            Sentence sentence = sentences.get(s);
            dated[s] = true;
            if (published != null && day.granularity().equals("day") && day.from().isAfter(published.plusDays(FAR_DAYS))
                    && !FutureCue.in(sentence.text(), article.language())) {
                continue; // a day far after publication that nothing announces: page clutter, not news
            }
            boolean future = future(day, published, sentence.text(), article.language());
            if (features[s] == null) { // once per sentence, however many dates it names
                features[s] = SentenceFeatures.of(article, sentence.start(), sentence.end(), text);
                whole[s] = whole(sentence.text());
            }
            out.add(new Dated(article, order, sentence, day, true, future, features[s], whole[s]));
        }
        if (published != null) {
            for (int s = 0; s < Math.min(LEAD, sentences.size()); s++) {
                Sentence sentence = sentences.get(s);
                if (!dated[s] && words(sentence.text()) >= LEAD_MIN_WORDS) {
                    out.add(new Dated(article, order, sentence, CalendarDate.day(published), false, false,
                            SentenceFeatures.of(article, sentence.start(), sentence.end(), text), whole(sentence.text())));
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

    /** Marks that open a quotation, and those that close one. */
    private static final String OPENING = "\"“„«‹‘'「『";
    private static final String CLOSING = "\"”»›’'」』“‘«‹";
    /** A sentence says what happened with at least this many words outside its digits. */
    private static final int WHOLE_MIN_WORDS = 4;

    /**
     * Whether {@code sentence} reads as a whole sentence that says something: it does not open
     * in the middle of another (a lower-case letter, a closing mark or punctuation), is not a bare
     * quotation (a quote with fewer than three words of its own after it), and has at least
     * {@value #WHOLE_MIN_WORDS} words that are not numbers, two of them of four letters or more (a
     * dateline or an "updated" stamp has fewer).
     */
    static boolean whole(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (Character.isLowerCase(first) || ",;:.!?)]}-–—…".indexOf(first) >= 0
                || (CLOSING.indexOf(first) >= 0 && OPENING.indexOf(first) < 0) || s.startsWith("''")) {
            return false;
        }
        if (OPENING.indexOf(first) >= 0) {
            int close = -1;
            for (int i = 1; i < s.length(); i++) {
                if (CLOSING.indexOf(s.charAt(i)) >= 0 && (s.charAt(i) != '\'' || i + 1 == s.length()
                        || !Character.isLetter(s.charAt(i + 1)))) {
                    close = i;
                }
            }
            if (close < 0 || contentWords(s.substring(close + 1)) < 3) {
                return false;
            }
        }
        return contentWords(s) >= WHOLE_MIN_WORDS && (longWords(s) >= 2 || s.codePoints().anyMatch(DatedSentences::unspaced));
    }

    /** Words of four letters or more: a dateline or time stamp ("Mon Apr 27, 2009 3:10 am BST") has none. */
    private static int longWords(String text) {
        int n = 0;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                run++;
            } else {
                n += run >= 4 ? 1 : 0;
                run = 0;
            }
        }
        return n;
    }

    /**
     * Words with a letter and no digit; in scripts written without spaces (Han, kana, Thai, Lao,
     * Khmer, Myanmar, Tibetan) every two of their letters count as a word, digits or not.
     */
    private static int contentWords(String text) {
        int words = 0;
        for (String w : text.strip().split("\\s+")) {
            long unspaced = w.codePoints().filter(DatedSentences::unspaced).count();
            if (unspaced > 0) {
                words += (int) Math.max(1, unspaced / 2);
            } else if (w.codePoints().noneMatch(Character::isDigit) && w.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words;
    }

    private static boolean unspaced(int c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
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
