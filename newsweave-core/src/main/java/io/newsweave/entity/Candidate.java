package io.newsweave.entity;

import java.util.List;

/**
 * A name found in the text before coreference.
 *
 * @param tokens    its words (and connectors), in order
 * @param type      its type when the text or a list tells, else {@code null}
 * @param personCue a title or honorific announced it
 * @param locCue    a locative preposition preceded it
 * @param known     the gazetteer entry of the whole name, or {@code null}
 * @param key       {@link NameKeys#name} of its text
 */
record Candidate(List<Token> tokens, String text, EntityType type, boolean personCue, boolean locCue,
                 Gazetteer.Entry known, String key) {

    int start() {
        return tokens.get(0).start();
    }

    int end() {
        return tokens.get(tokens.size() - 1).end();
    }
}
