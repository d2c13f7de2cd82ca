package io.newsweave.cluster.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dense vectors of articles for the clustering's dense channel: an {@link Encoder} over an
 * article's title and the start of its body, with the most recent vectors kept by article id.
 * A vector is a pure function of the text, so one recomputed after a restart or an eviction is the
 * one computed before, and placements do not depend on what is kept. Thread-safe.
 */
public final class ArticleVectors implements AutoCloseable {

    /** Characters of the body encoded after the title (the model reads 256 tokens at most anyway). */
    static final int BODY_CHARS = 1_000;

    private final Encoder encoder;
    private final Map<String, float[]> recent;
    private final java.util.function.Predicate<String> languages;

    /** Keeps at most {@code capacity} vectors; encodes every language. */
    public ArticleVectors(Encoder encoder, int capacity) {
        this(encoder, capacity, language -> true);
    }

    /** Keeps at most {@code capacity} vectors; encodes articles whose language {@code languages} accepts (see {@link EncoderConfig#covers}). */
    public ArticleVectors(Encoder encoder, int capacity, java.util.function.Predicate<String> languages) {
        this.encoder = encoder;
        this.languages = languages;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The vector of article {@code id} with this title and body, encoded unless kept. */
    public float[] of(String id, String title, String body) {
        float[] kept = kept(id);
        if (kept != null) {
            return kept;
        }
        String text = (title + "\n" + body.substring(0, Math.min(body.length(), BODY_CHARS))).strip();
        float[] vector = encoder.encode(text);
        synchronized (recent) {
            recent.put(id, vector);
        }
        return vector;
    }

    /** Whether articles in {@code language} get a vector (the model's languages). */
    public boolean covers(String language) {
        return languages.test(language);
    }

    /** The kept vector of article {@code id}, or {@code null}. */
    public float[] kept(String id) {
        synchronized (recent) {
            return recent.get(id);
        }
    }

    @Override
    public void close() {
        encoder.close();
    }
}
