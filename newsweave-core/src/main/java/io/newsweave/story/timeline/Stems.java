package io.newsweave.story.timeline;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Snowball stemmers by language, created on first use. Not thread-safe (Snowball stemmers keep
 * state): one instance per build call. A language without a stemmer keeps the lower-case word.
 */
final class Stems {

    private static final Map<String, Supplier<SnowballStemmer>> FACTORIES = Map.of(
            "en", EnglishStemmer::new, "fr", FrenchStemmer::new, "es", SpanishStemmer::new,
            "de", GermanStemmer::new, "it", ItalianStemmer::new, "pt", PortugueseStemmer::new,
            "nl", DutchStemmer::new, "ru", RussianStemmer::new);

    private final Map<String, SnowballStemmer> stemmers = new HashMap<>();

    /** The stem of a lower-case word in {@code language}. */
    String stem(String lowerWord, String language) {
        Supplier<SnowballStemmer> factory = FACTORIES.get(language);
        if (factory == null) {
            return lowerWord;
        }
        SnowballStemmer s = stemmers.computeIfAbsent(language, k -> factory.get());
        s.setCurrent(lowerWord);
        s.stem();
        return s.getCurrent();
    }
}
