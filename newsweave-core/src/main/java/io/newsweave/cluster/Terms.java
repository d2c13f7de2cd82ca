package io.newsweave.cluster;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stemmed content terms of a text through Lucene's analyzer for its language (stop words
 * removed), the most frequent first; title terms count {@value #TITLE_WEIGHT} times. Languages
 * without an analyzer here use Lucene's standard analyzer (no stemming); CJK text gets bigrams.
 * Reads the title and the first {@value #LEAD_CHARS} characters of the body only. Thread-safe:
 * analyzers are shared and keep their token streams per thread.
 */
final class Terms {

    static final int LEAD_CHARS = 6_000;
    static final int MAX_TERMS = 64;
    private static final int TITLE_WEIGHT = 2;
    private static final int MIN_LENGTH = 3;

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer fallback = new org.apache.lucene.analysis.standard.StandardAnalyzer();

    Terms() {
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

    /** At most {@value #MAX_TERMS} terms of the title and the body's lead, most frequent first, then alphabetical. */
    List<String> of(String title, String body, String language) {
        return List.copyOf(counts(title, body, language).keySet());
    }

    /** {@link #of}'s terms with their counts (a title term counts {@value #TITLE_WEIGHT}), in its order. */
    Map<String, Integer> counts(String title, String body, String language) {
        Analyzer analyzer = analyzers.getOrDefault(language, fallback);
        Map<String, Integer> counts = new HashMap<>();
        count(analyzer, title == null ? "" : title, TITLE_WEIGHT, counts);
        String lead = body == null ? "" : body.substring(0, Math.min(body.length(), LEAD_CHARS));
        count(analyzer, lead, 1, counts);
        return mostFrequent(counts, MAX_TERMS);
    }

    /** The {@code limit} most frequent of {@code counts} with their counts, most frequent first, then alphabetical. */
    static Map<String, Integer> mostFrequent(Map<String, Integer> counts, int limit) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void count(Analyzer analyzer, String text, int weight, Map<String, Integer> counts) {
        if (text.isEmpty()) {
            return;
        }
        try (TokenStream tokens = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= MIN_LENGTH && !isNumber(term)) {
                    counts.merge(term.toString(), weight, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumber(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != '.' && s.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }
}
