package io.newsweave.text;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text work of one view over a bounded set of articles, each piece done once: every text is
 * split into sentences once (asked again for the same {@code String} object in the same language,
 * it returns the sentences it gave before), tokenized into {@link WordRuns} once, and every word
 * is stemmed once per language by the {@link Stemmer}. The timeline, the summary and the quotes of
 * a story view all read through one memo. It keeps all it has computed, so it is never shared
 * across views. Not thread-safe.
 */
public final class TextMemo implements SentenceSplitter {

    private final SentenceSplitter splitter;
    private final Stemmer stemmer = Stemmer.standard();
    private final Map<String, Split> splits = new IdentityHashMap<>();
    private final Map<String, WordRuns> words = new IdentityHashMap<>();
    private final Map<String, Map<String, String>> stems = new HashMap<>();

    private record Split(String language, List<Sentence> sentences) {
    }

    public TextMemo(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** With {@link SentenceSplitter#standard()}. */
    public TextMemo() {
        this(SentenceSplitter.standard());
    }

    @Override
    public List<Sentence> split(String text, String language) {
        if (text == null) {
            return splitter.split(null, language);
        }
        Split known = splits.get(text);
        if (known != null && Objects.equals(known.language(), language)) {
            return known.sentences();
        }
        List<Sentence> sentences = List.copyOf(splitter.split(text, language));
        splits.put(text, new Split(language, sentences));
        return sentences;
    }

    /** The runs of {@code text}, tokenized the first time it is asked for. */
    public WordRuns words(String text) {
        return text == null ? WordRuns.of(null) : words.computeIfAbsent(text, WordRuns::of);
    }

    /** The {@link Stemmer}'s stem of {@code word} in {@code language}, stemmed the first time. */
    public String stem(String word, String language) {
        return stems.computeIfAbsent(String.valueOf(language), k -> new HashMap<>())
                .computeIfAbsent(word, w -> stemmer.stem(w, language));
    }

    /** How many texts have been split, for tests. */
    int texts() {
        return splits.size();
    }

    /** How many texts have been tokenized, for tests. */
    int tokenized() {
        return words.size();
    }
}
