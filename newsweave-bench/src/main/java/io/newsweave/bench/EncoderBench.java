package io.newsweave.bench;

import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.cluster.embed.Encoders;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cost of the optional dense encoder on one core: milliseconds per article text (title and the
 * first ~500 characters of the body, as {@link #lead} cuts it) of the synthetic corpus, in its four
 * languages, one thread, ONNX Runtime told to use one thread. Prints load time, mean, median and
 * 95th percentile wall time, and the thread's CPU time per article.
 * Usage: {@code EncoderBench [--model M.onnx [--tokenizer T.json]] [--max-tokens 256] [--articles 1000] [--rounds 3]}.
 */
public final class EncoderBench {

    /** Characters of body read after the title. */
    static final int LEAD_CHARS = 500;

    private EncoderBench() {
    }

    /** The title and the body's first {@value #LEAD_CHARS} characters, cut at a word boundary. */
    static String lead(String title, String body) {
        String text = title + "\n" + body;
        int limit = title.length() + 1 + LEAD_CHARS;
        if (text.length() <= limit) {
            return text;
        }
        int space = text.lastIndexOf(' ', limit);
        return text.substring(0, space > title.length() ? space : limit);
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args, "EncoderBench [--model M.onnx [--tokenizer T.json]] [--max-tokens N] "
                + "[--articles N] [--rounds N]");
        EncoderConfig config = BundledMiniLm.fromOptions(options);
        int articles = options.intValue("articles", 1_000);
        int rounds = options.intValue("rounds", 3);
        SyntheticCorpus corpus = new SyntheticCorpus(7, articles);
        List<String> texts = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            SyntheticArticle a = corpus.article(i);
            texts.add(lead(a.title(), a.body()));
        }
        double meanChars = texts.stream().mapToInt(String::length).average().orElse(0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        try (Encoder encoder = Encoders.fromConfig(config).orElseThrow()) {
            System.out.printf(Locale.ROOT, "model %s, dimension %d, max tokens %d, loaded in %.0f ms%n", config.model(),
                    encoder.dimension(), config.maxTokens(), (System.nanoTime() - t0) / 1e6);
            System.out.printf(Locale.ROOT, "%d article texts, %.0f chars on average (title + first %d chars of body)%n",
                    articles, meanChars, LEAD_CHARS);
            for (int i = 0; i < Math.min(100, articles); i++) {
                encoder.encode(texts.get(i));
            }
            for (int round = 1; round <= rounds; round++) {
                double[] millis = new double[articles];
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < articles; i++) {
                    long start = System.nanoTime();
                    encoder.encode(texts.get(i));
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / articles;
                double mean = Arrays.stream(millis).average().orElse(0);
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "round %d: %.2f ms/article (median %.2f, p95 %.2f), CPU %.2f ms/article, "
                                + "%.0f articles/s; load average %.2f%n", round, mean, millis[articles / 2],
                        millis[(int) (articles * 0.95)], cpu, 1000 / mean, load);
            }
        }
    }
}
