package io.newsweave.cluster.embed;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncoderConfigTest {

    @Test
    void withoutAModelTheEncoderIsOff() {
        assertThat(EncoderConfig.fromProperties(Map.of()).enabled()).isFalse();
        assertThat(EncoderConfig.fromProperties(Map.of("encoder.model", "  ", "other.key", "x")).enabled()).isFalse();
        assertThat(EncoderConfig.off().enabled()).isFalse();
    }

    @Test
    void allOptionsAreRead() {
        EncoderConfig config = EncoderConfig.fromProperties(Map.of("encoder.model", "/m/model.onnx",
                "encoder.tokenizer", "/t/tok.json", "encoder.max-tokens", "128", "encoder.threads", "2"));
        assertThat(config).isEqualTo(new EncoderConfig("/m/model.onnx", "/t/tok.json", 128, 2));
        assertThat(config.enabled()).isTrue();
    }

    @Test
    void theModelsLanguagesLimitWhatIsEncoded() {
        EncoderConfig config = EncoderConfig.fromProperties(Map.of("encoder.model", "/m/model.onnx", "encoder.languages", "en, DE,"));
        assertThat(config.languages()).containsExactlyInAnyOrder("en", "de");
        assertThat(config.covers("en")).isTrue();
        assertThat(config.covers("fr")).isFalse();
        EncoderConfig every = EncoderConfig.fromProperties(Map.of("encoder.model", "/m/model.onnx"));
        assertThat(every.languages()).isEmpty();
        assertThat(every.covers("fr")).isTrue();
        assertThatThrownBy(() -> EncoderConfig.fromProperties(Map.of("encoder.model", "/m.onnx", "encoder.languages", "english")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoder.languages");
    }

    @Test
    void theTokenizerDefaultsToTokenizerJsonBesideTheModel() {
        EncoderConfig config = EncoderConfig.fromProperties(Map.of("encoder.model", "/models/e5/model.onnx"));
        assertThat(Path.of(config.tokenizer())).isEqualTo(Path.of("/models/e5/tokenizer.json"));
        assertThat(config.maxTokens()).isEqualTo(256);
        assertThat(config.threads()).isEqualTo(1);
    }

    @Test
    void aMisspelledOptionIsRejectedByName() {
        assertThatThrownBy(() -> EncoderConfig.fromProperties(Map.of("encoder.modle", "/m.onnx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoder.modle");
    }

    @Test
    void badNumbersAreRejectedByName() {
        assertThatThrownBy(() -> EncoderConfig.fromProperties(Map.of("encoder.model", "/m.onnx", "encoder.max-tokens", "many")))
                .hasMessageContaining("encoder.max-tokens").hasMessageContaining("many");
        assertThatThrownBy(() -> EncoderConfig.fromProperties(Map.of("encoder.model", "/m.onnx", "encoder.threads", "0")))
                .hasMessageContaining("encoder.threads");
    }

    @Test
    void aTokenizerWithoutAModelIsAMistake() {
        assertThatThrownBy(() -> EncoderConfig.fromProperties(Map.of("encoder.tokenizer", "/t.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoder.model is not");
    }
}
