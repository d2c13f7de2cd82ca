package io.newsweave.bench;

import io.newsweave.clean.CleanDocument;
import io.newsweave.clean.Cleaner;
import io.newsweave.model.Declared;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
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

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * JMH: the clean stage ({@link Cleaner#standard()}) on one synthetic article of about 6,000
 * characters, given as a JSON Lines body ({@code BODY}) or as its whole HTML page ({@code HTML},
 * main-content extraction included). Single thread, average time per article.
 *
 * <p>Run: {@code java -cp <bench classpath> org.openjdk.jmh.Main CleanBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanBenchmark {

    @Param({"BODY", "HTML"})
    public String kind;

    private final Cleaner cleaner = Cleaner.standard();
    private RawDocument document;

    @Setup
    public void setUp() {
        SyntheticCorpus corpus = new SyntheticCorpus(42, 1_000);
        SyntheticArticle a = longest(corpus);
        Declared declared = new Declared(a.title(), a.url(), a.source(), a.published().toString(), a.language(), null);
        document = kind.equals("HTML")
                ? new RawDocument(Origin.file("bench.html"), RawDocument.Kind.HTML, HtmlPage.render(a, corpus, new SplittableRandom(1)), Declared.NONE)
                : new RawDocument(new Origin("bench.jsonl", 1), RawDocument.Kind.BODY, a.body(), declared);
    }

    /** The article with the longest body, padded from the next ones to about 6,000 characters. */
    static SyntheticArticle longest(SyntheticCorpus corpus) {
        SyntheticArticle best = corpus.article(0);
        for (int i = 1; i < corpus.size(); i++) {
            SyntheticArticle a = corpus.article(i);
            if (a.body().length() > best.body().length()) {
                best = a;
            }
        }
        List<String> paragraphs = new ArrayList<>(best.paragraphs());
        for (int i = 0; String.join("\n\n", paragraphs).length() < 5_900; i++) {
            paragraphs.add(corpus.article(i).paragraphs().get(0));
        }
        return new SyntheticArticle(best.index(), best.topic(), best.language(), best.title(), paragraphs, best.published(), best.url(), best.source());
    }

    @Benchmark
    public CleanDocument clean() {
        return cleaner.clean(document);
    }
}
