package io.newsweave.cluster.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EncodersTest {

    @TempDir
    Path dir;

    @Test
    void anEncoderThatIsOffIsNotLoaded() {
        assertThat(Encoders.fromConfig(EncoderConfig.off())).isEmpty();
    }

    @Test
    void aMissingModelFileIsNamed() throws Exception {
        Path tokenizer = MiniLmFiles.copy(MiniLmFiles.TOKENIZER, dir.resolve("tokenizer.json"));
        Path missing = dir.resolve("absent.onnx");
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(missing, tokenizer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encoder.model").hasMessageContaining("no such file").hasMessageContaining(missing.toString());
    }

    @Test
    void aMissingTokenizerFileIsNamed() throws Exception {
        Path model = MiniLmFiles.copy(MiniLmFiles.MODEL, dir.resolve("model.onnx"));
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.fromProperties(Map.of("encoder.model", model.toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encoder.tokenizer").hasMessageContaining(dir.resolve("tokenizer.json").toString());
    }

    @Test
    void aFolderIsNotAModelFile() throws Exception {
        Path tokenizer = MiniLmFiles.copy(MiniLmFiles.TOKENIZER, dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(dir, tokenizer)))
                .hasMessageContaining("encoder.model").hasMessageContaining(dir.toString());
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

    @Test
    void cosineIsTheDotProductOfUnitVectors() {
        assertThat(Encoders.cosine(new float[] {0.6f, 0.8f}, new float[] {0.6f, 0.8f})).isCloseTo(1.0, within(1e-6));
        assertThat(Encoders.cosine(new float[] {1, 0}, new float[] {0, 1})).isZero();
        assertThat(Encoders.cosine(new float[] {1, 0}, new float[] {-1, 0})).isEqualTo(-1.0);
        assertThatThrownBy(() -> Encoders.cosine(new float[2], new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
