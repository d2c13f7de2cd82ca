package io.newsweave.time;

import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import io.newsweave.text.WordRuns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the date expressions of an article's text (English, French, Spanish, German, Italian,
 * Portuguese) and dates the article.
 *
 * <p>{@link #date} infers the publication day of an article that declares none: from a
 * dateline at the very start ("PARIS, Dec. 7, 2021 —", provenance {@link Provenance#TEXT}), else
 * by weighing the explicit days, weekdays ("ce samedi", "last Thursday") and their tense against
 * each other (provenance {@link Provenance#INFERRED}, with a confidence that grows with the
 * evidence and the margin over the runner-up day). {@link #resolve} keeps a declared date and only
 * resolves the expressions against it. Each returned {@link Timex} has char offsets into the
 * given text and an ISO 8601 value.
 *
 * <p>Besides calendar dates it tags, as TimeML TIMEX3 with a type and a modifier: periods counted
 * from the publication date ("last week" {@code 2021-W48}, "three days ago", "el año pasado",
 * "the third quarter" {@code 2021-Q3}, "last summer", "the 1990s"), durations ("two hours"
 * {@code PT2H}, "los últimos años" {@code PXY}), sets ("daily" {@code P1D}, "every Monday"
 * {@code XXXX-WXX-1}), vague references ("now" {@code PRESENT_REF}, "recently"), clock times
 * attached to a day of their sentence ("3:07 p.m. GMT" {@code 2021-12-07T15:07}), parts of day
 * ("Friday night" {@code 2021-12-03TNI}), and extents widened the TimeML way ("late on Sunday",
 * "début janvier", "the end of 2022", "nearly two months", Spanish "el 10 de enero").
 *
 * <p>It does not: date an article from the context date alone (an article the text does not date
 * is {@link Published#UNKNOWN}); read ranges as a whole ("du 6 au 8 décembre" yields only
 * "8 décembre"), week numbers, holidays ("Thanksgiving"), fractional durations ("2 1/2 years"),
 * or ambiguous numeric dates such as "06/12/2021" in English text; convert time zones.
 *
 * <p>Thread-safe and stateless: one instance may be shared by all threads. Cost is linear in
 * the text: it is tokenized once and every token is looked up in immutable tables.
 */
public final class PublicationDater {

    /** Weight of evidence from lines the cleaner dropped (captions, embedded posts). */
    static final double EXTRA_WEIGHT = 0.6;
    private static final double DATELINE_CONFIDENCE = 0.85;
    private static final int DATELINE_REACH = 80;

    /**
     * The dating of one article.
     *
     * @param published the publication date, or {@link Published#UNKNOWN}
     * @param timexes   the date expressions of the text, in text order, resolved against it
     */
    public record Dating(Published published, List<Timex> timexes) {
        public Dating {
            Objects.requireNonNull(published, "published");
            timexes = List.copyOf(timexes);
        }
    }

    /**
     * Dates an article that declares no publication date.
     *
     * @param text          the clean article text (title and paragraphs); offsets refer to it
     * @param extraEvidence lines the cleaner dropped; their dates count with lower weight and give
     *                      no timexes; {@code null} means none
     * @param contextDate   latest publication date known from the stream so far, or {@code null};
     *                      only a prior for years and ties, never returned by itself
     */
    public Dating date(String text, List<String> extraEvidence, LocalDate contextDate) {
        return date(text, extraEvidence, contextDate, null);
    }

    /**
     * {@link #date(String, List, LocalDate)} for a text in {@code language} (ISO 639-1 as the
     * language stage decided it, which selects the language-bound rules: abbreviated month names,
     * verb endings; {@code null} or {@code und}: read from the text's own function words).
     */
    public Dating date(String text, List<String> extraEvidence, LocalDate contextDate, String language) {
        Objects.requireNonNull(text, "text");
        return date(WordRuns.of(text), extraEvidence, contextDate, language);
    }

    /** {@link #date(String, List, LocalDate, String)} of a text already tokenized. */
    public Dating date(WordRuns words, List<String> extraEvidence, LocalDate contextDate, String language) {
        Objects.requireNonNull(words, "words");
        Tokens t = Tokens.of(words);
        int[] votes = TenseCues.votes(t, language);
        List<DateExpression> mentions = Tense.assign(t, Modifiers.apply(t, DateExpressionFinder.find(t, votes), votes), votes);
        Published published = dateline(t, mentions);
        if (published == null) {
            List<Inference.Evidence> evidence = new ArrayList<>();
            Inference.collect(t, mentions, contextDate, 1.0, evidence);
            if (extraEvidence != null) {
                for (String line : extraEvidence) {
                    if (line != null && !line.isEmpty()) {
                        Tokens lt = Tokens.of(line);
                        Inference.collect(lt, Tense.assign(lt, Modifiers.apply(lt, DateExpressionFinder.find(lt, votes), votes),
                                votes), contextDate,
                                EXTRA_WEIGHT, evidence);
                    }
                }
            }
            published = Inference.infer(evidence, contextDate);
        }
        return new Dating(published, Resolver.timexes(t, mentions, published.date()));
    }

    /**
     * Finds and resolves the date expressions of a text whose publication date is declared
     * (metadata or header). The date itself is not questioned.
     */
    public List<Timex> resolve(String text, LocalDate published) {
        return resolve(text, published, null);
    }

    /** {@link #resolve(String, LocalDate)} for a text in {@code language}: {@link TimexResolver#resolve}. */
    public List<Timex> resolve(String text, LocalDate published, String language) {
        return TimexResolver.resolve(text, published, language);
    }

    /**
     * A full date opening the text, after at most a few capitalised words (a place), and followed
     * by a dash, colon or line end: "PARIS, Dec. 7, 2021 —", "7 décembre 2021 - ".
     */
    private static Published dateline(Tokens t, List<DateExpression> mentions) {
        DateExpression m = mentions.stream().filter(x -> x.extra() == null || x.kind() == DateExpression.Kind.FULL_DATE)
                .findFirst().orElse(null);
        if (m == null) {
            return null;
        }
        if (m.kind() != DateExpression.Kind.FULL_DATE || m.start() > DATELINE_REACH || m.first() > 4
                || t.sentence[m.first()] != 0) {
            return null;
        }
        for (int i = 0; i < m.first(); i++) {
            if (!t.capital[i] || t.kind[i] != Tokens.WORD) {
                return null;
            }
        }
        for (int i = 0; i < m.start(); i++) {
            if (t.text.charAt(i) == '\n') {
                return null;
            }
        }
        String s = t.text;
        int i = m.end();
        while (i < s.length() && Tokens.isSpace(s.charAt(i))) {
            i++;
        }
        boolean closed = i >= s.length() || "-\u2013\u2014:|\n\r".indexOf(s.charAt(i)) >= 0;
        return closed ? new Published(Resolver.date(m), Provenance.TEXT, DATELINE_CONFIDENCE) : null;
    }
}
