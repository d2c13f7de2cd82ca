package io.newsweave.cluster.embed.onnx;

import ai.djl.engine.EngineException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.cluster.embed.Encoders;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence encoder run by ONNX Runtime: HuggingFace tokenization (cut at {@code maxTokens}),
 * the model, mean pooling over the attention mask, L2 normalization. Takes BERT-style models
 * (inputs {@code input_ids}, {@code attention_mask}, optionally {@code token_type_ids}) whose first
 * output is either the token vectors {@code [batch][tokens][dimension]} (pooled here) or already
 * pooled sentence vectors {@code [batch][dimension]}. Models trained for CLS pooling get mean
 * pooling all the same. Thread-safe: the tokenizer and the ONNX session both are.
 */
final class OnnxEncoder implements Encoder {

    private static final String IDS = "input_ids";
    private static final String MASK = "attention_mask";
    private static final String TYPES = "token_type_ids";
    private static final Set<String> INPUTS = Set.of(IDS, MASK, TYPES);
    /** A token is at least one character, mostly 3 to 6: text past this many per token is never read. */
    private static final int CHARS_PER_TOKEN_CAP = 32;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final Set<String> inputs;
    private final String output;
    private final boolean pooled;
    private final int maxChars;
    private final int dimension;

    private OnnxEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                        Path model, int maxTokens) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.inputs = session.getInputNames();
        if (!inputs.contains(IDS) || !INPUTS.containsAll(inputs)) {
            throw new IllegalArgumentException(EncoderConfig.MODEL + ": the model's inputs " + new TreeSet<>(inputs)
                    + " are not those of a sentence encoder (" + IDS + ", " + MASK + ", " + TYPES + "): " + model);
        }
        Map.Entry<String, NodeInfo> first = session.getOutputInfo().entrySet().iterator().next();
        if (!(first.getValue().getInfo() instanceof TensorInfo info) || info.getShape().length < 2
                || info.getShape().length > 3) {
            throw new IllegalArgumentException(EncoderConfig.MODEL + ": the model's first output " + first.getKey()
                    + " is neither token vectors nor sentence vectors: " + model);
        }
        this.output = first.getKey();
        this.pooled = info.getShape().length == 2;
        this.maxChars = maxTokens * CHARS_PER_TOKEN_CAP;
        this.dimension = run("dimension probe").length;
    }

    /** Loads the tokenizer and the model; see {@link Encoders#fromConfig} for the errors. */
    static OnnxEncoder open(Path model, Path tokenizerFile, int maxTokens, int threads) {
        HuggingFaceTokenizer tokenizer = tokenizer(tokenizerFile, maxTokens);
        OrtSession session = null;
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                session = environment.createSession(model.toString(), options);
            }
            return new OnnxEncoder(environment, session, tokenizer, model, maxTokens);
        } catch (LinkageError e) {
            tokenizer.close();
            throw new IllegalStateException("the ONNX Runtime native library does not load on this platform: "
                    + e.getMessage(), e);
        } catch (OrtException | RuntimeException e) {
            tokenizer.close();
            closeQuietly(session);
            if (e instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException(EncoderConfig.MODEL + ": cannot run " + model + " as an ONNX sentence "
                    + "encoder with " + EncoderConfig.TOKENIZER + " " + tokenizerFile + ": " + e.getMessage(), e);
        }
    }

    private static HuggingFaceTokenizer tokenizer(Path file, int maxTokens) {
        // Native libraries come from the tokenizers jar; offline mode forbids DJL to fetch any other.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        try {
            return HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optAddSpecialTokens(true)
                    .optTruncation(true)
                    .optMaxLength(maxTokens)
                    .optPadding(false)
                    .build();
        } catch (EngineException e) {
            throw new IllegalStateException("the HuggingFace tokenizers native library does not load on this platform: "
                    + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(EncoderConfig.TOKENIZER + ": " + file
                    + " is not a HuggingFace tokenizer.json: " + e.getMessage(), e);
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] encode(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return run(text);
        } catch (OrtException e) {
            throw new IllegalStateException("the encoder model failed on a text of " + text.length() + " chars: "
                    + e.getMessage(), e);
        }
    }

    /**
     * One text at a time, unpadded: a batch would be barely faster on a CPU (5% measured), and a
     * quantized model's vectors would then depend on the other texts of the batch.
     */
    private float[] run(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(cut(text));
        long[] mask = encoding.getAttentionMask();
        long[] shape = {1, mask.length};
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put(IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape));
            if (inputs.contains(MASK)) {
                feed.put(MASK, OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            }
            if (inputs.contains(TYPES)) {
                feed.put(TYPES, OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(feed, Set.of(output))) {
                OnnxTensor tensor = (OnnxTensor) result.get(0);
                long[] outShape = tensor.getInfo().getShape();
                int width = (int) outShape[outShape.length - 1];
                FloatBuffer values = tensor.getFloatBuffer();
                return pooled ? Pooling.pooled(values, width) : Pooling.meanPool(values, mask, width);
            }
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /** Text past what the tokenizer could keep is dropped before tokenizing (a surrogate pair stays whole). */
    private String cut(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    @Override
    public void close() {
        tokenizer.close();
        closeQuietly(session);
    }

    private static void closeQuietly(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                // nothing more can be freed
            }
        }
    }
}
