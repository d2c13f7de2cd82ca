package io.newsweave.cluster.embed;

/**
 * An encoder is configured but no {@link EncoderProvider} is on the class path: the optional
 * {@code newsweave-encoder} jar is missing. The message says how to add it.
 */
public final class EncoderUnavailableException extends IllegalStateException {

    /** Where the launcher looks for the encoder jar: beside {@code newsweave.jar}. */
    public static final String JAR = "newsweave-encoder.jar";

    EncoderUnavailableException() {
        super(EncoderConfig.MODEL + " is set, but the dense encoder is not installed: " + JAR
                + " (ONNX Runtime and the HuggingFace tokenizers, about 100 MB) is not on the class path. "
                + "From a source checkout, ./newsweave builds it when --encoder-model is given; "
                + "otherwise build it with `./mvnw -B -pl newsweave-encoder -am package` and put "
                + "newsweave-encoder/target/" + JAR + " beside newsweave.jar");
    }
}
