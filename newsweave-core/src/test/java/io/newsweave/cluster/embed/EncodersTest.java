package io.newsweave.cluster.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The core side of the encoder: configuration checks and the missing module (core's tests have no provider). */
class EncodersTest {

    @TempDir
    Path dir;

    @Test
    void anEncoderThatIsOffIsNotLoaded() {
        assertThat(Encoders.fromConfig(EncoderConfig.off())).isEmpty();
    }

    @Test
    void aMissingModelFileIsNamed() throws Exception {
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
        Path missing = dir.resolve("absent.onnx");
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(missing, tokenizer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encoder.model").hasMessageContaining("no such file").hasMessageContaining(missing.toString());
    }

    @Test
    void aMissingTokenizerFileIsNamed() throws Exception {
        Path model = Files.writeString(dir.resolve("model.onnx"), "model");
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.fromProperties(Map.of("encoder.model", model.toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encoder.tokenizer").hasMessageContaining(dir.resolve("tokenizer.json").toString());
    }

    @Test
    void aFolderIsNotAModelFile() throws Exception {
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(dir, tokenizer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("encoder.model").hasMessageContaining(dir.toString());
    }

    @Test
    void withoutTheEncoderModuleAConfiguredEncoderSaysHowToAddIt() throws Exception {
        Path model = Files.writeString(dir.resolve("model.onnx"), "model");
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatThrownBy(() -> Encoders.fromConfig(EncoderConfig.of(model, tokenizer)))
                .isInstanceOf(EncoderUnavailableException.class)
                .hasMessageContaining("encoder.model")
                .hasMessageContaining(EncoderUnavailableException.JAR)
                .hasMessageContaining("-pl newsweave-encoder");
    }

    @Test
    void cosineIsTheDotProductOfUnitVectors() {
        assertThat(Encoders.cosine(new float[] {0.6f, 0.8f}, new float[] {0.6f, 0.8f})).isCloseTo(1.0, within(1e-6));
        assertThat(Encoders.cosine(new float[] {1, 0}, new float[] {0, 1})).isZero();
        assertThat(Encoders.cosine(new float[] {1, 0}, new float[] {-1, 0})).isEqualTo(-1.0);
        assertThatThrownBy(() -> Encoders.cosine(new float[2], new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
