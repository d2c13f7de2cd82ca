package io.newsweave.cluster.embed;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sentence encoder to load, if any, validated once. Immutable and serializable (paths are
 * kept as strings, so the configuration can travel to another machine; the files are only looked
 * at when {@link Encoders#fromConfig} opens the encoder).
 *
 * @param model     path of the ONNX model file, or {@code null} when the encoder is off
 * @param tokenizer path of the model's HuggingFace {@code tokenizer.json}; {@code null} exactly
 *                  when {@code model} is
 * @param maxTokens tokens read from the start of a text, special tokens included (the rest is cut
 *                  off); at most the model's own limit, usually 512
 * @param threads   threads one encoding may use inside ONNX Runtime; 1 suits a pipeline that
 *                  already encodes several articles at once
 * @param languages the languages (ISO 639-1 codes) the model understands: only articles in one of
 *                  them are encoded, so a pair compares on the dense channel only when both are;
 *                  empty for every language (a multilingual model)
 */
public record EncoderConfig(String model, String tokenizer, int maxTokens, int threads, Set<String> languages)
        implements java.io.Serializable {

    /** Configuration key of the model path. Absent: the encoder is off. */
    public static final String MODEL = "encoder.model";
    /** Configuration key of the tokenizer path. Absent: {@code tokenizer.json} beside the model. */
    public static final String TOKENIZER = "encoder.tokenizer";
    /** Configuration key of {@link #maxTokens()}. */
    public static final String MAX_TOKENS = "encoder.max-tokens";
    /** Configuration key of {@link #threads()}. */
    static final String THREADS = "encoder.threads";
    /** Configuration key of {@link #languages()}: comma-separated codes. Absent: every language. */
    public static final String LANGUAGES = "encoder.languages";

    static final int DEFAULT_MAX_TOKENS = 256;
    private static final Set<String> KEYS = Set.of(MODEL, TOKENIZER, MAX_TOKENS, THREADS, LANGUAGES);

    public EncoderConfig {
        if ((model == null) != (tokenizer == null)) {
            throw new IllegalArgumentException(model == null
                    ? TOKENIZER + " is set but " + MODEL + " is not"
                    : MODEL + " is set but " + TOKENIZER + " is not");
        }
        if (model != null && (model.isBlank() || tokenizer.isBlank())) {
            throw new IllegalArgumentException(MODEL + " and " + TOKENIZER + " must not be blank");
        }
        if (maxTokens < 8 || maxTokens > 8192) {
            throw new IllegalArgumentException(MAX_TOKENS + " must be in 8..8192: " + maxTokens);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException(THREADS + " must be in 1..256: " + threads);
        }
        languages = Set.copyOf(languages);
        for (String language : languages) {
            if (!language.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException(LANGUAGES + " must be ISO 639 codes such as en,de: " + language);
            }
        }
    }

    /** An encoder for every language. */
    EncoderConfig(String model, String tokenizer, int maxTokens, int threads) {
        this(model, tokenizer, maxTokens, threads, Set.of());
    }

    /** Whether articles in {@code language} are encoded. */
    public boolean covers(String language) {
        return languages.isEmpty() || languages.contains(language);
    }

    /** The default: no encoder. */
    public static EncoderConfig off() {
        return new EncoderConfig(null, null, DEFAULT_MAX_TOKENS, 1);
    }

    /** An encoder from these two files, with the default limits. */
    public static EncoderConfig of(Path model, Path tokenizer) {
        return new EncoderConfig(model.toString(), tokenizer.toString(), DEFAULT_MAX_TOKENS, 1);
    }

    /**
     * Reads the {@code encoder.*} keys of a configuration ({@value #MODEL}, {@value #TOKENIZER},
     * {@value #MAX_TOKENS}, {@value #THREADS}, {@value #LANGUAGES}); other keys are ignored. Without {@value #MODEL}
     * the encoder is off.
     *
     * @throws IllegalArgumentException on an unknown {@code encoder.*} key or a bad value
     */
    public static EncoderConfig fromProperties(Map<String, String> properties) {
        Set<String> unknown = new TreeSet<>();
        for (String key : properties.keySet()) {
            if (key.startsWith("encoder.") && !KEYS.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown encoder option(s) " + unknown + "; known: " + new TreeSet<>(KEYS));
        }
        String model = blankToNull(properties.get(MODEL));
        String tokenizer = blankToNull(properties.get(TOKENIZER));
        if (model != null && tokenizer == null) {
            Path dir = Path.of(model).toAbsolutePath().getParent();
            tokenizer = dir.resolve("tokenizer.json").toString();
        }
        Set<String> languages = new TreeSet<>();
        String list = blankToNull(properties.get(LANGUAGES));
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    languages.add(part.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return new EncoderConfig(model, tokenizer, integer(properties, MAX_TOKENS, DEFAULT_MAX_TOKENS),
                integer(properties, THREADS, 1), languages);
    }

    /** Whether an encoder is configured. */
    boolean enabled() {
        return model != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int integer(Map<String, String> properties, String key, int fallback) {
        String value = blankToNull(properties.get(key));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + value, e);
        }
    }
}
