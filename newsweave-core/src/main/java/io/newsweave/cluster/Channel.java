package io.newsweave.cluster;

/**
 * The channels an article's features belong to, told apart by a key prefix so that all of them
 * live in one list and one index field: the language-independent name keys (no prefix, see
 * {@link GroupingKeys}), stemmed terms of the article's language, canonical entity ids, days the
 * text mentions, numbers, the article's language (which only says whether terms compare), folded
 * word prefixes of any language (see {@link WordPrefixes}); and
 * the dense channel of sentence-encoder vectors, which has no keys.
 */
public enum Channel {
    NAMES(""), TERMS("t:"), ENTITIES("e:"), DATES("d:"), NUMBERS("n:"), LANGUAGE("l:"),
    /** Folded word prefixes of every language, compared across languages (see {@link WordPrefixes}). */
    WORDS("w:"),
    /** Sentence-encoder vectors (optional, see {@code cluster.embed}): no keys, compared by cosine. */
    DENSE("v:");

    /** Most repeats of one key: a word said 33 times or more weighs 5 times one said once. */
    static final int MAX_LEVEL = 5;

    private final String prefix;

    Channel(String prefix) {
        this.prefix = prefix;
    }

    /** The key prefix of this channel (empty for names). */
    String prefix() {
        return prefix;
    }

    /** The key of {@code value} in this channel. */
    public String key(String value) {
        return prefix + value;
    }

    /** How many times a key said {@code count} times is listed: 1 + ln(count), rounded, at most {@value #MAX_LEVEL}. */
    static int level(int count) {
        return count <= 1 ? 1 : (int) Math.min(MAX_LEVEL, Math.round(1 + Math.log(count)));
    }

    /** Adds the key of each value of {@code counts} to {@code out}, {@link #level} times of its count, repeats side by side. */
    void addRepeated(java.util.Map<String, Integer> counts, java.util.List<String> out) {
        counts.forEach((value, count) -> {
            String key = key(value);
            for (int i = level(count); i > 0; i--) {
                out.add(key);
            }
        });
    }

    /** The channel a key belongs to. */
    static Channel of(String key) {
        if (key.length() > 2 && key.charAt(1) == ':') {
            switch (key.charAt(0)) {
                case 't': return TERMS;
                case 'e': return ENTITIES;
                case 'd': return DATES;
                case 'n': return NUMBERS;
                case 'l': return LANGUAGE;
                case 'w': return WORDS;
                default: return NAMES;
            }
        }
        return NAMES;
    }
}
