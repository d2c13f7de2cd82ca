package io.newsweave.cluster.embed;

import java.nio.file.Path;

/**
 * A way to run a sentence encoder, found with {@link java.util.ServiceLoader}: the optional
 * {@code newsweave-encoder} jar provides one (ONNX Runtime with the HuggingFace tokenizers).
 * newsweave-core holds none, so that the default launcher carries no native libraries.
 *
 * <p>Implementations have a public no-argument constructor and are thread-safe; the encoders they
 * open are {@linkplain Encoder thread-safe} too.
 */
public interface EncoderProvider {

    /**
     * Loads the model and its tokenizer from files that exist and are readable (checked by the
     * caller). Nothing is downloaded.
     *
     * @param maxTokens tokens read from the start of a text
     * @param threads   threads the model may use for one text
     * @throws IllegalArgumentException naming {@link EncoderConfig#MODEL} or
     *                                  {@link EncoderConfig#TOKENIZER} and the file when it is not a
     *                                  model or tokenizer this provider can run
     * @throws IllegalStateException    when the provider's native library does not load here
     */
    Encoder open(Path model, Path tokenizer, int maxTokens, int threads);
}
