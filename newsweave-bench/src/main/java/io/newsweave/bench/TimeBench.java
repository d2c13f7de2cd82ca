package io.newsweave.bench;

import io.newsweave.time.PublicationDater;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the time stage on a 6,000-char article mixing English and French date expressions.
 * Budget: 0.5 ms per article on one core. Run with {@code java -cp ... org.openjdk.jmh.Main TimeBench},
 * or {@link #main} for a quick JMH-free timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimeBench {

    private static final String PARAGRAPH = "Joe Biden and Vladimir Putin held a two-hour exchange on Tuesday, "
            + "with the fear of an escalation as the main issue. The call began at 3:07 p.m. GMT sharp. "
            + "Officials had spoken to allies on Monday, and the talks will be followed on January 12 by a "
            + "meeting in Brussels, then on January 13 by another. More than 13,000 people have died since "
            + "2014. Les deux dirigeants s'exprimeront mardi 7 décembre, a confirmé la Maison Blanche ce "
            + "samedi. Ce vendredi le président a annoncé qu'il préparait des mesures pour début 2022. ";

    /** Periods, durations, sets, vague references, clock times and modifiers in four languages. */
    private static final String TAGGER_PARAGRAPH = "Profits fell in the third quarter of 2021, two years after the "
            + "merger, and the company now expects a recovery over the next three quarters. The strike lasted "
            + "nearly two months; talks resumed late on Sunday and will continue every Monday at 10 a.m. "
            + "Recently the board met three days ago. L'usine a fermé il y a trois jours, la semaine dernière, "
            + "et rouvrira début 2022. La economía creció el año pasado y los últimos tres años. "
            + "Die Sitzung beginnt um 15 Uhr, vor zwei Jahren, Ende 2022. ";

    private final PublicationDater dater = new PublicationDater();
    private final String article = article(PARAGRAPH);
    private final String taggerArticle = article(TAGGER_PARAGRAPH);

    static String article() {
        return article(PARAGRAPH);
    }

    static String article(String paragraph) {
        StringBuilder sb = new StringBuilder(6_200);
        while (sb.length() < 6_000) {
            sb.append(paragraph).append('\n');
        }
        return sb.substring(0, 6_000);
    }

    @Benchmark
    public PublicationDater.Dating dateUndatedArticle() {
        return dater.date(article, List.of("- someone (@someone) December 7, 2021"), LocalDate.of(2021, 12, 6));
    }

    @Benchmark
    public Object resolveDeclaredArticle() {
        return dater.resolve(article, LocalDate.of(2021, 12, 6));
    }

    /** An article dense with periods, durations and times: the tagger's worst case. */
    @Benchmark
    public Object resolveTaggerArticle() {
        return dater.resolve(taggerArticle, LocalDate.of(2021, 12, 6));
    }

    /** A JMH-free timing: prints microseconds per 6,000-char article. */
    public static void main(String[] args) {
        TimeBench b = new TimeBench();
        for (int round = 0; round < 5; round++) {
            int n = 20_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                b.dateUndatedArticle();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                b.resolveDeclaredArticle();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                b.resolveTaggerArticle();
            }
            long t3 = System.nanoTime();
            System.out.printf("date(): %.1f us/article, resolve(): %.1f us/article, tagger-dense resolve(): %.1f "
                    + "us/article%n", (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n);
        }
    }
}
