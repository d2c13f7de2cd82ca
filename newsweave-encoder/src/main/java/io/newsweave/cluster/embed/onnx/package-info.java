/**
 * The dense encoder run by ONNX Runtime with the HuggingFace tokenizers: the optional
 * {@code newsweave-encoder} module, found by newsweave-core through
 * {@link io.newsweave.cluster.embed.EncoderProvider} ({@link java.util.ServiceLoader}). Kept out of
 * the default launcher jar because its native libraries for every platform weigh about 100 MB.
 */
package io.newsweave.cluster.embed.onnx;
