package io.newsweave.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SentenceSplitter} that splits each text once: asked again for the same text (the same
 * {@code String} object, in the same language) it returns the sentences it gave before. Made for
 * one view over a bounded set of articles, whose timeline and summary both read every article's
 * sentences; it keeps every text it has split, so it is never shared across views. Not thread-safe.
 */
public final class SentenceMemo implements SentenceSplitter {

    private final SentenceSplitter splitter;
    private final Map<String, Split> splits = new IdentityHashMap<>();

    private record Split(String language, List<Sentence> sentences) {
    }

    public SentenceMemo(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
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

    /** How many texts have been split, for tests. */
    int texts() {
        return splits.size();
    }
}
