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
