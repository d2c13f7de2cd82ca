package io.newsweave.entity;

import java.util.Locale;

/** What an entity is. {@link #OTHER} holds events, products, works and anything named that is not one of the first three. */
public enum EntityType {
    PERSON("PER"), ORGANIZATION("ORG"), LOCATION("LOC"), OTHER("OTH");

    private final String prefix;

    EntityType(String prefix) {
        this.prefix = prefix;
    }

    /** The three-letter prefix of entity ids of this type ({@code PER-vladimir-putin}). */
    String prefix() {
        return prefix;
    }

    /** The type an entity id starts with; {@link #OTHER} when the id has no known prefix. */
    public static EntityType ofId(String id) {
        if (id != null && id.length() > 3) {
            String head = id.substring(0, 3).toUpperCase(Locale.ROOT);
            for (EntityType t : values()) {
                if (t.prefix.equals(head)) {
                    return t;
                }
            }
        }
        return OTHER;
    }
}
