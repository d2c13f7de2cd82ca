package io.newsweave.cluster.embed;

/**
 * Turns a text into a dense vector of fixed dimension, L2-normalized, so that the dot product of
 * two vectors is their cosine similarity ({@link Encoders#cosine}).
 *
 * <p>An encoder reads only the start of a long text (see {@link EncoderConfig#maxTokens()}); it
 * does not split, chunk or summarize. Implementations are thread-safe: one instance, loaded once,
 * is shared by every thread. {@link #close()} must be called only after every call to
 * {@code encode} has returned.
 */
public interface Encoder extends AutoCloseable {

    /** Length of every vector this encoder returns. */
    int dimension();

    /**
     * The vector of one text: {@link #dimension()} floats of Euclidean norm 1. Empty or garbled
     * text gets a vector too (that of the model's special tokens). Deterministic.
     *
     * @throws NullPointerException when {@code text} is null
     */
    float[] encode(String text);

    /** Frees the model's native memory. */
    @Override
    void close();
}
