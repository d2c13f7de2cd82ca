package io.newsweave.entity;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists that find and type names: function words (Lucene's stop-word sets of each
 * language, plus small lists of our own for Polish, Ukrainian and Slovene), titles and
 * honorifics ({@code titles.txt}), organization and location head words ({@code org-heads.txt},
 * {@code loc-heads.txt}), given names ({@code given-names.txt} and the names of {@link GivenNameGenders}), capitalized words that are not
 * names ({@code not-names.txt}), name connectors and the
 * prepositions that announce a place. It also reads the resource word lists of this package
 * ({@link #words}, {@link #lines}): blank lines and lines starting with {@code #} are skipped.
 *
 * <p>Loaded once into a shared instance. Every list is an immutable copy and is only looked up,
 * never iterated, so the instance is immutable and thread-safe. It does not stem or fold words
 * except where a method says so.
 */
final class NameLexicon {

    /**
     * Function words Lucene lacks, per language group, each group in code point order; written by us
     * from general knowledge of the languages.
     */
    private static final String[] OWN_STOP = {
        // pl
        "a", "ale", "bez", "co", "czy", "dla", "do", "gdy", "i", "ich", "jak", "jako", "jednak", "jego", "jej", "jest",
        "już", "która", "które", "który", "na", "nad", "nie", "o", "od", "oraz", "po", "pod", "przed", "przez", "również",
        "się", "ta", "tak", "także", "tam", "te", "tego", "ten", "teraz", "to", "tu", "tym", "w", "we", "według", "wtedy",
        "z", "ze", "że",
        // uk
        "але", "в", "вже", "від", "для", "до", "з", "за", "й", "його", "коли", "на", "не", "однак", "перед", "по", "при",
        "про", "проте", "після", "та", "також", "тому", "у", "це", "через", "що", "як", "яка", "який", "які", "і", "із",
        "їх", "її",
        // sl
        "ali", "bo", "da", "do", "in", "je", "kako", "ki", "ko", "kot", "med", "na", "ni", "ob", "od", "pa", "po", "pred",
        "pri", "s", "se", "so", "ta", "te", "ter", "to", "tudi", "v", "vendar", "z", "za",
        // ru, bg, cs extras at sentence starts
        "po", "podle", "také", "však", "кроме", "обаче", "однако", "по", "после", "при", "след", "според", "също", "также",
        // en, fr, es, de, it, pt, nl adverbs and pronouns often opening sentences
        "according", "además", "after", "ainsi", "alors", "also", "although", "anche", "antes", "après", "así", "auch",
        "aunque", "avant", "before", "cependant", "depois", "depuis", "despite", "después", "doch", "dopo", "durante",
        "during", "echter", "embargo", "he", "her", "here", "his", "how", "however", "i", "it", "jedoch", "last", "laut",
        "lors", "many", "meanwhile", "most", "nach", "next", "ook", "our", "porém", "pourtant", "prima", "secondo",
        "segundo", "según", "selon", "she", "sin", "since", "some", "still", "también", "também", "their", "there", "these",
        "they", "this", "those", "though", "tuttavia", "volgens", "we", "what", "when", "where", "while", "who", "why",
        "yet", "you"};

    /** Lower-case words that join the parts of a name, in code point order; written by us. */
    private static final String[] CONNECTORS = {
        "al", "bin", "d'", "da", "das", "de", "degli", "dei", "del", "della", "den", "der", "des", "di", "do", "dos", "du",
        "d’", "el", "ibn", "l'", "la", "las", "los", "l’", "of", "ten", "ter", "van", "von", "zu",
        // as Cyrillic writes them: Урсула фон дер Ляйен, Ван дер Беллен
        "ван", "де", "дер", "ди", "дю", "ла", "фон"};

    private final CharArraySet stop;
    private final Set<String> titles;
    private final Map<String, List<String>> titleStems;
    private final Set<String> orgHeads;
    private final Map<String, List<String>> orgStems;
    private final Set<String> locHeads;
    private final Map<String, List<String>> locStems;
    private final Set<String> givenNames;
    /** The gender list's other names: matched as written, never by cutting an inflection ("России" is no "Ross"). */
    private final Set<String> listedGivenNames;
    private final Set<String> notNames;
    private final Set<String> connectors = Set.of(CONNECTORS);
    private final Set<String> locationPrepositions = Set.of(
            "aus", "dans", "desde", "en", "from", "hacia", "in", "nach", "near", "v", "ve", "vers", "w", "we", "à", "в",
            "во", "від", "из", "із");

    private static final NameLexicon INSTANCE = new NameLexicon();

    static NameLexicon get() {
        return INSTANCE;
    }

    private NameLexicon() {
        CharArraySet stopWords = new CharArraySet(4096, true);
        for (CharArraySet s : List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FrenchAnalyzer.getDefaultStopSet(),
                SpanishAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
                PortugueseAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(), RussianAnalyzer.getDefaultStopSet(),
                CzechAnalyzer.getDefaultStopSet(), BulgarianAnalyzer.getDefaultStopSet())) {
            stopWords.addAll(s);
        }
        stopWords.addAll(List.of(OWN_STOP));
        stop = CharArraySet.unmodifiableSet(stopWords);
        Set<String> exact = new HashSet<>();
        Map<String, List<String>> stems = new HashMap<>();
        words("titles.txt", w -> add(w, exact, stems));
        titles = Set.copyOf(exact);
        titleStems = copy(stems);
        exact.clear();
        stems.clear();
        words("org-heads.txt", w -> add(w, exact, stems));
        orgHeads = Set.copyOf(exact);
        orgStems = copy(stems);
        exact.clear();
        stems.clear();
        words("loc-heads.txt", w -> add(w, exact, stems));
        locHeads = Set.copyOf(exact);
        locStems = copy(stems);
        exact.clear();
        words("given-names.txt", exact::add);
        givenNames = Set.copyOf(exact);
        exact.clear();
        words(GivenNameGenders.RESOURCE, w -> {
            if (!w.startsWith("[")) {
                exact.add(NameKeys.fold(w)); // names of the gender list, not its section lines
            }
        });
        exact.removeAll(givenNames);
        listedGivenNames = Set.copyOf(exact);
        exact.clear();
        words("not-names.txt", exact::add);
        notNames = Set.copyOf(exact);
    }

    /** An immutable copy; each list keeps the order of its stems in the file. */
    private static Map<String, List<String>> copy(Map<String, List<String>> stems) {
        Map<String, List<String>> copy = new HashMap<>();
        stems.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static void add(String w, Set<String> exact, Map<String, List<String>> stems) {
        if (w.endsWith("*")) {
            String stem = w.substring(0, w.length() - 1);
            stems.computeIfAbsent(stem.substring(0, Math.min(2, stem.length())), k -> new ArrayList<>()).add(stem);
        } else {
            exact.add(w);
        }
    }

    boolean isStop(String lower) {
        return stop.contains(lower);
    }

    boolean isTitle(String lower) {
        return titles.contains(lower) || prefixed(lower, titleStems);
    }

    boolean isOrgHead(String lower) {
        return orgHeads.contains(lower) || prefixed(lower, orgStems);
    }

    boolean isLocHead(String lower) {
        return locHeads.contains(lower) || prefixed(lower, locStems);
    }

    /** True for a lower-case word that joins the parts of a name: "de", "van", "bin", "d'". */
    boolean isConnector(String lower) {
        return connectors.contains(lower);
    }

    /** True for a lower-case preposition after which a capitalized name is likely a place: "in", "nach", "в". */
    boolean isLocationPreposition(String lower) {
        return locationPrepositions.contains(lower);
    }

    /** True for a lower-case word that is capitalized without being a name: month, weekday, page clutter. */
    boolean isNotName(String lower) {
        return notNames.contains(lower);
    }

    boolean isGivenName(String lower) {
        if (givenNames.contains(lower)) {
            return true;
        }
        String f = NameKeys.fold(lower);
        if (givenNames.contains(f) || listedGivenNames.contains(f)) {
            return true;
        }
        // inflected Slavic forms: Владимира, Borisa, Donaldem
        for (int cut = 1; cut <= 3 && f.length() - cut >= 3; cut++) {
            if (givenNames.contains(f.substring(0, f.length() - cut))) {
                return true;
            }
        }
        // the gender list's names only before a case ending of a name (Rossa, Rossem; never России)
        for (String ending : NAME_CASE_ENDINGS) {
            if (f.length() - ending.length() >= 3 && f.endsWith(ending) && listedGivenNames.contains(f.substring(0, f.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Slavic case endings of a given name ending in a consonant (Borisa, Borisu, Borisem, Borisom, Borisovi). */
    private static final List<String> NAME_CASE_ENDINGS = List.of("a", "u", "e", "om", "em", "ovi", "ym", "im");

    /** Stems are indexed by their first two letters, so a lookup tries only a handful. */
    private static boolean prefixed(String lower, Map<String, List<String>> index) {
        List<String> stems = lower.length() < 2 ? null : index.get(lower.substring(0, 2));
        if (stems == null) {
            return false;
        }
        for (String s : stems) {
            if (lower.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a resource of whitespace-separated words, skipping {@code #} comment lines. */
    static void words(String resource, Consumer<String> sink) {
        lines(resource, line -> {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    sink.accept(w.toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    static void lines(String resource, Consumer<String> sink) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    sink.accept(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
