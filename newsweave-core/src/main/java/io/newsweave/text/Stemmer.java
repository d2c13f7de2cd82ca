package io.newsweave.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one stemmer: Lucene's analyzer for each language it has one for (lower case, the
 * language's stop words removed, its stemmer: Porter for English, the light stemmers for French,
 * Spanish, German, Portuguese..., Snowball for Russian), Lucene's standard analyzer (lower case, no
 * stemming) for any other, bigrams for Chinese, Japanese and Korean. The clustering's stemmed
 * terms and the story timeline's sentence terms both come from here, so that a word has one stem
 * wherever it is compared.
 *
 * <p>Thread-safe: the analyzers are shared and keep their token streams per thread. Built once
 * ({@link #standard()}); holds no mutable state of its own.
 */
public final class Stemmer {

    private static final Stemmer STANDARD = new Stemmer();

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer fallback = new org.apache.lucene.analysis.standard.StandardAnalyzer();

    private Stemmer() {
        analyzers.put("en", new org.apache.lucene.analysis.en.EnglishAnalyzer());
        analyzers.put("fr", new org.apache.lucene.analysis.fr.FrenchAnalyzer());
        analyzers.put("es", new org.apache.lucene.analysis.es.SpanishAnalyzer());
        analyzers.put("de", new org.apache.lucene.analysis.de.GermanAnalyzer());
        analyzers.put("it", new org.apache.lucene.analysis.it.ItalianAnalyzer());
        analyzers.put("pt", new org.apache.lucene.analysis.pt.PortugueseAnalyzer());
        analyzers.put("nl", new org.apache.lucene.analysis.nl.DutchAnalyzer());
        analyzers.put("ru", new org.apache.lucene.analysis.ru.RussianAnalyzer());
        analyzers.put("cs", new org.apache.lucene.analysis.cz.CzechAnalyzer());
        analyzers.put("bg", new org.apache.lucene.analysis.bg.BulgarianAnalyzer());
        analyzers.put("ro", new org.apache.lucene.analysis.ro.RomanianAnalyzer());
        analyzers.put("hu", new org.apache.lucene.analysis.hu.HungarianAnalyzer());
        analyzers.put("el", new org.apache.lucene.analysis.el.GreekAnalyzer());
        analyzers.put("tr", new org.apache.lucene.analysis.tr.TurkishAnalyzer());
        analyzers.put("sv", new org.apache.lucene.analysis.sv.SwedishAnalyzer());
        analyzers.put("ar", new org.apache.lucene.analysis.ar.ArabicAnalyzer());
        analyzers.put("fa", new org.apache.lucene.analysis.fa.PersianAnalyzer());
        analyzers.put("hi", new org.apache.lucene.analysis.hi.HindiAnalyzer());
        analyzers.put("id", new org.apache.lucene.analysis.id.IndonesianAnalyzer());
        Analyzer cjk = new org.apache.lucene.analysis.cjk.CJKAnalyzer();
        analyzers.put("zh", cjk);
        analyzers.put("ja", cjk);
        analyzers.put("ko", cjk);
    }

    /** The shared instance. */
    public static Stemmer standard() {
        return STANDARD;
    }

    /** Whether {@code language} (ISO 639-1) is stemmed, not only lower-cased. */
    public boolean stems(String language) {
        return language != null && analyzers.containsKey(language);
    }

    /**
     * The stemmed terms of {@code text} in {@code language}, in text order, stop words left out;
     * {@code sink} sees each term (the attribute's buffer: copy it to keep it).
     */
    public void terms(String text, String language, Consumer<CharSequence> sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream tokens = analyzer(language).tokenStream("t", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.accept(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stem of one word in {@code language}; the word itself, lower-cased, when the analyzer
     * makes no single term of it (a stop word, a run of Han characters).
     */
    public String stem(String word, String language) {
        String[] only = new String[1];
        int[] count = new int[1];
        terms(word, language, t -> {
            if (count[0]++ == 0) {
                only[0] = t.toString();
            }
        });
        return count[0] == 1 ? only[0] : word.toLowerCase(Locale.ROOT);
    }

    private Analyzer analyzer(String language) {
        Analyzer a = language == null ? null : analyzers.get(language);
        return a == null ? fallback : a;
    }
}
