/**
 * Embed: optional dense sentence vectors from a sentence encoder on disk, for grouping articles by
 * meaning as well as by shared words and names.
 *
 * <p>Off by default. {@link io.newsweave.cluster.embed.Encoders#fromConfig} opens an
 * {@link io.newsweave.cluster.embed.Encoder} only when {@code encoder.model} is configured; it reads
 * the model and tokenizer files named there and never downloads anything. The encoder itself is
 * run by an {@link io.newsweave.cluster.embed.EncoderProvider} from the optional
 * {@code newsweave-encoder} module (ONNX Runtime and the HuggingFace tokenizers, with their native
 * libraries); without it on the class path a configured encoder fails with
 * {@link io.newsweave.cluster.embed.EncoderUnavailableException}, which says how to add it.
 */
package io.newsweave.cluster.embed;
