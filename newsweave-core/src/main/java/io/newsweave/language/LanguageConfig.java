package io.newsweave.language;

import java.util.List;
import java.util.Set;

/**
 * Configuration of language identification, validated once. Immutable and serializable.
 *
 * @param languages     ISO 639-1 codes to choose from (Lingua must know each)
 * @param minConfidence below this confidence the answer is {@code und}
 * @param leadChars     how much of the body, after the title, is read
 */
public record LanguageConfig(Set<String> languages, double minConfidence, int leadChars) implements java.io.Serializable {

    /**
     * The 25 languages with the most news (and those the entity stage reads), in Latin, Cyrillic,
     * Greek, Arabic, CJK and Devanagari scripts. Each Latin-script language costs detection time.
     */
    static final List<String> NEWS_LANGUAGES = List.of(
            "en", "es", "fr", "de", "it", "pt", "nl", "pl", "ru", "uk", "cs", "sl", "bg", "ro", "hu",
            "el", "tr", "sv", "ar", "fa", "zh", "ja", "ko", "hi", "id");

    public static LanguageConfig defaults() {
        return new LanguageConfig(Set.copyOf(NEWS_LANGUAGES), 0.5, 300);
    }

    public LanguageConfig {
        languages = Set.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be in [0,1]: " + minConfidence);
        }
        if (leadChars < 20) {
            throw new IllegalArgumentException("leadChars must be >= 20: " + leadChars);
        }
    }
}
