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

    private final PublicationDater dater = new PublicationDater();
    private final String article = article();

    static String article() {
        StringBuilder sb = new StringBuilder(6_200);
        while (sb.length() < 6_000) {
            sb.append(PARAGRAPH).append('\n');
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
            System.out.printf("date(): %.1f us/article, resolve(): %.1f us/article%n",
                    (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n);
        }
    }
}
