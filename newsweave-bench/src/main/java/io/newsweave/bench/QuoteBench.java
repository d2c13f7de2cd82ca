package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Published;
import io.newsweave.quote.Quote;
import io.newsweave.quote.QuoteFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Speed of the quote stage on one core: {@link QuoteFinder#find} on a 6,000-char article, dense
 * with quotes (about one quote per 100 chars, English or French) or news-like (a quoted paragraph
 * in three), its mentions computed beforehand as the pipeline does. Budget: 0.2 ms per article. Run: {@code java -cp ... org.openjdk.jmh.Main QuoteBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuoteBench {

    static final String EN = "Russian President Vladimir Putin warned that new sanctions would be a \u201ccolossal mistake\u201d, "
            + "the Kremlin said. \u201cRussia never intended to attack anyone, but we have red lines,\u201d Kremlin spokesman "
            + "Dmitry Peskov told reporters on Monday. \u201cWe are ready to talk,\u201d he added. U.S. President Joe Biden said: "
            + "\u201cWe will respond decisively if Russia invades Ukraine.\u201d Secretary of State Antony Blinken's aide called "
            + "the talks \u201cfrank\u201d. It's the allies' view that the 'window of opportunity' is closing.\n\n";
    static final String FR = "Emmanuel Macron a reçu Olaf Scholz. \u00ab\u00a0Nous ne laisserons pas faire\u00a0\u00bb, a-t-il "
            + "déclaré. Selon le Kremlin, \u00ab\u00a0les discussions sont utiles\u00a0\u00bb. \u00ab\u00a0C'est une erreur "
            + "colossale\u00a0\u00bb, a averti Vladimir Poutine. Le ministre a jugé la situation \u00ab\u00a0grave\u00a0\u00bb.\n\n";

    /** {@code en} and {@code fr}: dense with quotes; {@code en-news}: a quoted paragraph in three, as in news. */
    @Param({"en", "fr", "en-news"})
    public String variant;

    private final QuoteFinder finder = new QuoteFinder();
    private Article article;

    @Setup
    public void setUp() {
        String language = variant.substring(0, 2);
        String paragraph = switch (variant) {
            case "fr" -> FR;
            case "en-news" -> EN + EntityBench.PARAGRAPH + EntityBench.PARAGRAPH;
            default -> EN;
        };
        StringBuilder b = new StringBuilder();
        while (b.length() < 6000) {
            b.append(paragraph);
        }
        String text = b.substring(0, b.lastIndexOf("\n\n", 6000));
        List<Mention> mentions = new EntityRegistry().resolve(language, new EntityRecognizer().recognize(text, language));
        article = new Article("bench", Origin.file("bench"), null, null, "", text, language, 1, Published.UNKNOWN, mentions, List.of());
    }

    @Benchmark
    public List<Quote> find() {
        return finder.find(article);
    }

    /**
     * JMH-free check on a shared machine: the best of 12 rounds of 2,000 articles, in thread CPU
     * time (wall time is dominated by other processes there). Run:
     * {@code java -cp ... io.newsweave.bench.QuoteBench}.
     */
    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        QuoteBench bench = new QuoteBench();
        for (String v : List.of("en", "fr", "en-news")) {
            bench.variant = v;
            bench.setUp();
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 12; round++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < 2000; i++) {
                    bench.find();
                }
                best = Math.min(best, (cpu.getCurrentThreadCpuTime() - t0) / 2000 / 1e3);
            }
            System.out.printf(Locale.ROOT, "%-8s %6.1f us CPU per %d-char article, %d quotes%n", v, best,
                    bench.article.text().length(), bench.find().size());
        }
    }
}
