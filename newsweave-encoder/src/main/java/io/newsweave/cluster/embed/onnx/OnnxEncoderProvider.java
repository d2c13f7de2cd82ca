package io.newsweave.cluster.embed.onnx;

import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.EncoderProvider;

import java.nio.file.Path;

/** Runs sentence encoders with ONNX Runtime and the HuggingFace tokenizers ({@link OnnxEncoder}). Stateless. */
public final class OnnxEncoderProvider implements EncoderProvider {

    /** For {@link java.util.ServiceLoader}. */
    public OnnxEncoderProvider() {
    }

    @Override
    public Encoder open(Path model, Path tokenizer, int maxTokens, int threads) {
        return OnnxEncoder.open(model, tokenizer, maxTokens, threads);
    }
}
