package io.newsweave.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Identifies an article's language with Lingua over a configured set of languages, from the
 * title plus the first part of the body (low-accuracy mode is enough there). Answers {@code und}
 * rather than guess when the text is too short or the best language is not clearly ahead; a
 * declared language is used only when the text cannot decide. Loads the models once; thread-safe
 * and meant to be shared.
 */
public final class LanguageIdentifier {

    private static final int MIN_LETTERS = 12;

    private final LanguageDetector detector;
    private final LanguageConfig config;

    public LanguageIdentifier(LanguageConfig config) {
        this.config = config;
        Language[] languages = config.languages().stream().map(LanguageIdentifier::toLingua).toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    /** Decides the language of a title and body; {@code declared} may be {@code null}. */
    public DetectedLanguage identify(String title, String body, String declared) {
        String sample = sample(title, body);
        DetectedLanguage fallback = fallback(declared);
        if (letters(sample) < MIN_LETTERS) {
            return fallback;
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) {
            return fallback;
        }
        Map.Entry<Language, Double> best = values.entrySet().iterator().next();
        double confidence = best.getValue();
        if (confidence < config.minConfidence() || best.getKey() == Language.UNKNOWN) {
            return fallback.determined() ? fallback : new DetectedLanguage(DetectedLanguage.UNDETERMINED, confidence);
        }
        return new DetectedLanguage(code(best.getKey()), confidence);
    }

    private DetectedLanguage fallback(String declared) {
        if (declared != null) {
            String code = declared.strip().toLowerCase(Locale.ROOT);
            int dash = code.indexOf('-') > 0 ? code.indexOf('-') : code.indexOf('_');
            code = dash > 0 ? code.substring(0, dash) : code;
            if (config.languages().contains(code)) {
                return new DetectedLanguage(code, 0.5);
            }
        }
        return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0);
    }

    private String sample(String title, String body) {
        StringBuilder sample = new StringBuilder();
        if (title != null) {
            sample.append(title).append(". ");
        }
        if (body != null) {
            int end = Math.min(body.length(), config.leadChars());
            while (end < body.length() && end < config.leadChars() + 40 && Character.isLetter(body.charAt(end))) {
                end++;
            }
            sample.append(body, 0, end);
        }
        return sample.toString();
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static Language toLingua(String code) {
        IsoCode639_1 iso;
        try {
            iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown language code: " + code, e);
        }
        for (Language language : Language.values()) {
            if (language.getIsoCode639_1() == iso) {
                return language;
            }
        }
        throw new IllegalArgumentException("Lingua has no model for language: " + code);
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
