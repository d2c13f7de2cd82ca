package io.newsweave.cluster.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/** Opens the configured {@link Encoder}, if any, and compares its vectors. */
public final class Encoders {

    private Encoders() {
    }

    /**
     * The encoder of a configuration: empty when it is {@linkplain EncoderConfig#off() off}, else
     * the model and tokenizer loaded from the configured files by the first {@link EncoderProvider}
     * on the class path (nothing is downloaded). The
     * caller owns the encoder and closes it. Loading takes a fraction of a second to a few seconds
     * with the model's size: open it once and share it.
     *
     * @throws IllegalArgumentException naming the configuration key and the file when a file is
     *                                  missing or is not a model or tokenizer this encoder can run
     * @throws EncoderUnavailableException when no provider is on the class path (the optional
     *                                  {@code newsweave-encoder} jar is missing)
     * @throws IllegalStateException    when the provider's native library does not load here
     */
    public static Optional<Encoder> fromConfig(EncoderConfig config) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Path model = existingFile(EncoderConfig.MODEL, config.model());
        Path tokenizer = existingFile(EncoderConfig.TOKENIZER, config.tokenizer());
        EncoderProvider provider = ServiceLoader.load(EncoderProvider.class, Encoders.class.getClassLoader())
                .findFirst().orElseThrow(EncoderUnavailableException::new);
        return Optional.of(provider.open(model, tokenizer, config.maxTokens(), config.threads()));
    }

    /**
     * Cosine similarity of two vectors of one encoder, in [-1, 1]: their dot product, since the
     * encoder's vectors have norm 1.
     *
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return Math.max(-1, Math.min(1, dot));
    }

    private static Path existingFile(String key, String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(key + ": no such file: " + file.toAbsolutePath());
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(key + ": file is not readable: " + file.toAbsolutePath());
        }
        return file;
    }
}
