package io.newsweave.cluster.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the configured {@link Encoder}, if any, and compares its vectors. */
public final class Encoders {

    private Encoders() {
    }

    /**
     * The encoder of a configuration: empty when it is {@linkplain EncoderConfig#off() off}, else
     * the ONNX model and tokenizer loaded from the configured files (nothing is downloaded). The
     * caller owns the encoder and closes it. Loading takes a fraction of a second to a few seconds
     * with the model's size: open it once and share it.
     *
     * @throws IllegalArgumentException naming the configuration key and the file when a file is
     *                                  missing or is not a model or tokenizer this encoder can run
     * @throws IllegalStateException    when ONNX Runtime or the HuggingFace tokenizers are not on the
     *                                  class path, or their native library does not load here
     */
    public static Optional<Encoder> fromConfig(EncoderConfig config) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Path model = existingFile(EncoderConfig.MODEL, config.model());
        Path tokenizer = existingFile(EncoderConfig.TOKENIZER, config.tokenizer());
        requireClass("ai.onnxruntime.OrtEnvironment", "com.microsoft.onnxruntime:onnxruntime");
        requireClass("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer", "ai.djl.huggingface:tokenizers");
        return Optional.of(OnnxEncoder.open(model, tokenizer, config.maxTokens(), config.threads()));
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

    private static void requireClass(String className, String artifact) {
        try {
            Class.forName(className, false, Encoders.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(EncoderConfig.MODEL + " is set, but " + artifact
                    + " is not on the class path: add it to use the encoder", e);
        }
    }
}
