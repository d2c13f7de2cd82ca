package io.newsweave.language;

/**
 * A language decision: an ISO 639-1 code, or {@code und} when unsure, with a confidence in [0, 1].
 */
public record DetectedLanguage(String code, double confidence) implements java.io.Serializable {

    static final String UNDETERMINED = "und";

    boolean determined() {
        return !UNDETERMINED.equals(code);
    }
}
