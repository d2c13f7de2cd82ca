/**
 * Embed: optional dense sentence vectors from an ONNX sentence encoder on disk, for grouping
 * articles by meaning as well as by shared words and names.
 *
 * <p>Off by default. {@link io.newsweave.cluster.embed.Encoders#fromConfig} opens an
 * {@link io.newsweave.cluster.embed.Encoder} only when {@code encoder.model} is configured; it reads
 * the model and tokenizer files named there and never downloads anything. ONNX Runtime
 * ({@code com.microsoft.onnxruntime:onnxruntime}) and the HuggingFace tokenizers
 * ({@code ai.djl.huggingface:tokenizers}) are optional dependencies of newsweave-core: an
 * application that turns the encoder on puts them on its class path.
 */
package io.newsweave.cluster.embed;
