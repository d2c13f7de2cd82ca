package io.newsweave.bench;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.LocalEntity;
import io.newsweave.model.Mention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speed of the entity stage on one core: {@link #recognize} is the per-article stage (mentions
 * and in-article coreference) on a 6,000-char English news article; {@link #recognizeAndResolve}
 * adds cross-article identity against a registry warmed with the same article. Budget: 0.5 ms
 * per article. Run: {@code java -cp ... org.openjdk.jmh.Main EntityBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EntityBench {

    static final String PARAGRAPH = "WASHINGTON (Reuters) - U.S. President Joe Biden warned Russian President Vladimir Putin on "
            + "Tuesday that Moscow would face severe sanctions if it invaded Ukraine, the White House said. Biden and Putin spoke "
            + "for two hours by video link, while NATO allies met in Brussels. Ukrainian President Volodymyr Zelensky said Kyiv "
            + "was ready for talks, and Secretary of State Antony Blinken called Foreign Minister Sergei Lavrov. The Kremlin "
            + "spokesman Dmitry Peskov told reporters in Moscow that the conversation was frank. However, European Union "
            + "officials in Geneva said more troops had moved toward Crimea and the Donbas region.\n\n";

    private final EntityRecognizer recognizer = new EntityRecognizer();
    private EntityRegistry registry;
    private String text;

    @Setup
    public void setUp() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 6000) {
            b.append(PARAGRAPH);
        }
        text = b.substring(0, 6000);
        registry = new EntityRegistry();
        registry.resolve("en", recognizer.recognize(text, "en"));
    }

    @Benchmark
    public List<LocalEntity> recognize() {
        return recognizer.recognize(text, "en");
    }

    @Benchmark
    public List<Mention> recognizeAndResolve() {
        return registry.resolve("en", recognizer.recognize(text, "en"));
    }

    /**
     * The same two measures as thread CPU time in a plain warm loop, which a busy shared machine
     * disturbs far less than JMH's wall-clock averages: {@code java -cp ... io.newsweave.bench.EntityBench [ROUNDS]}.
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        EntityBench bench = new EntityBench();
        bench.setUp();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3_000; i++) {
            bench.recognizeAndResolve();
        }
        for (int round = 1; round <= rounds; round++) {
            int n = 2_000;
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                bench.recognize();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                bench.recognizeAndResolve();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf(java.util.Locale.ROOT, "round %d: recognize %.3f ms CPU/article, recognize+resolve %.3f ms CPU/article%n",
                    round, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
        }
    }
}
