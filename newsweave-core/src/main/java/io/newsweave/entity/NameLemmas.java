package io.newsweave.entity;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;

/**
 * The dictionary base form of each word of a name, in the languages Maven Central has a
 * morphological dictionary for: Polish (Morfologik's {@code polish.dict}) and Ukrainian
 * ({@code morfologik-ukrainian-search}). {@code Niemczech} is {@code Niemcy}, {@code Polsce}
 * {@code Polska}, {@code Путіна} {@code Путін}; a word the dictionary does not know
 * ({@code Ryanaira}) stays as written, and {@link NameKeys} cuts its ending instead.
 *
 * <p>A proper-noun lemma (capitalized) wins over a common-noun one; a lemma that does not start
 * with the word's first two letters (a suppletive form: {@code ludzie} → {@code człowiek}) is not
 * taken, so a name never becomes another word. The dictionaries (2.8 and 7.2 MB) are read once,
 * on first use, and are immutable; each thread has its own lookup (Morfologik's reuses buffers).
 * Thread-safe.
 */
final class NameLemmas {

    private static final class Dictionaries {
        static final Dictionary POLISH = read("/morfologik/stemming/polish/polish.dict");
        static final Dictionary UKRAINIAN = read("/ua/net/nlp/ukrainian.dict");

        private static Dictionary read(String resource) {
            URL url = NameLemmas.class.getResource(resource);
            if (url == null) {
                throw new IllegalStateException("the dictionary " + resource + " is not on the class path");
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the dictionary " + resource, e);
            }
        }
    }

    private static final ThreadLocal<DictionaryLookup> POLISH = ThreadLocal.withInitial(() -> new DictionaryLookup(Dictionaries.POLISH));
    private static final ThreadLocal<DictionaryLookup> UKRAINIAN =
            ThreadLocal.withInitial(() -> new DictionaryLookup(Dictionaries.UKRAINIAN));
    /** Each thread's lemmas of the words it saw lately (language, tab, word: lemma or the word itself); names repeat. */
    private static final ThreadLocal<java.util.Map<String, String>> SEEN = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
                    return size() > 8_192;
                }
            });
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale PL = Locale.forLanguageTag("pl");

    private NameLemmas() {
    }

    /** True when names in this language are brought to their base form. */
    static boolean covers(String language) {
        return "pl".equals(language) || "uk".equals(language);
    }

    /** The name with each capitalized word in its base form; the name itself when the language has no dictionary. */
    static String base(String name, String language) {
        if (!covers(language) || name.isEmpty()) {
            return name;
        }
        boolean polish = "pl".equals(language);
        String[] words = name.split(" ", -1);
        boolean changed = false;
        java.util.Map<String, String> seen = SEEN.get();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                String lemma = seen.get(language + '\t' + w);
                if (lemma == null) {
                    lemma = lemma(polish ? POLISH.get() : UKRAINIAN.get(), w, polish ? PL : UK);
                    seen.put(language + '\t' + w, lemma == null ? w : lemma);
                }
                if (lemma != null && !lemma.equals(w)) {
                    words[i] = lemma;
                    changed = true;
                }
            }
        }
        return changed ? String.join(" ", words) : name;
    }

    /** The base form of one word, or {@code null} when the dictionary gives none that may stand for it. */
    static String lemma(DictionaryLookup lookup, String word, Locale locale) {
        if (word.length() < 3 || word.length() > 40) {
            return null;
        }
        String best = pick(lookup.lookup(word), word, locale);
        if (best == null || !Character.isUpperCase(best.charAt(0))) {
            String lower = pick(lookup.lookup(word.toLowerCase(locale)), word, locale);
            if (lower != null && (best == null || Character.isUpperCase(lower.charAt(0)))) {
                best = lower;
            }
        }
        return best;
    }

    private static String pick(List<WordData> found, String word, Locale locale) {
        String common = null;
        String prefix = word.substring(0, 2).toLowerCase(locale);
        for (WordData d : found) {
            CharSequence stem = d.getStem();
            if (stem == null || stem.length() < 2) {
                continue;
            }
            String s = stem.toString();
            if (!s.substring(0, 2).toLowerCase(locale).equals(prefix)) {
                continue;
            }
            if (Character.isUpperCase(s.charAt(0))) {
                return s;
            }
            if (common == null) {
                common = s;
            }
        }
        return common;
    }
}
