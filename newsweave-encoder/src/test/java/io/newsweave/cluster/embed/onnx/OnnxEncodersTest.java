package io.newsweave.cluster.embed.onnx;

import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.cluster.embed.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Encoders#fromConfig} with this module on the class path: the provider is found and bad files are named. */
class OnnxEncodersTest {

    @TempDir
    Path dir;

    @Test
    void theProviderIsFoundOnTheClassPath() throws Exception {
        try (Encoder encoder = Encoders.fromConfig(MiniLmFiles.copyTo(dir)).orElseThrow()) {
            assertThat(encoder).isInstanceOf(OnnxEncoder.class);
            assertThat(encoder.dimension()).isEqualTo(384);
        }
    }

    @Test
    void aFileThatIsNotAnOnnxModelIsNamed() throws Exception {
        Path tokenizer = MiniLmFiles.copy(MiniLmFiles.TOKENIZER, dir.resolve("tokenizer.json"));
        Path garbage = Files.writeString(dir.resolve("model.onnx"), "this is not a model\n");
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(garbage, tokenizer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encoder.model").hasMessageContaining(garbage.toString());
    }

    @Test
    void aFileThatIsNotATokenizerIsNamed() throws Exception {
        Path model = MiniLmFiles.copy(MiniLmFiles.MODEL, dir.resolve("model.onnx"));
        for (String content : new String[] {"", "{not json", "{\"version\": \"1.0\"}"}) {
            Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), content);
            assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(model, tokenizer)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("encoder.tokenizer").hasMessageContaining(tokenizer.toString());
        }
    }

    @Test
    void theTokenizerBesideTheModelIsFoundWithoutBeingNamed() throws Exception {
        Path model = MiniLmFiles.copy(MiniLmFiles.MODEL, dir.resolve("model.onnx"));
        MiniLmFiles.copy(MiniLmFiles.TOKENIZER, dir.resolve("tokenizer.json"));
        Map<String, String> properties = Map.of("encoder.model", model.toString(), "encoder.max-tokens", "64");
        try (Encoder encoder = Encoders.fromConfig(EncoderConfig.fromProperties(properties)).orElseThrow()) {
            assertThat(encoder.dimension()).isEqualTo(384);
        }
    }
}
