package io.newsweave.entity;

import java.util.List;

/**
 * The per-article entity stage: finds the people, organizations, places and other named things
 * of a text and groups the mentions of each within the article ({@link LocalEntity}). Works from
 * word lists, capitalization and sentence position, in any language written with capitals (Latin
 * and Cyrillic); needs no model. Does not decide identity across articles: that is
 * {@link EntityRegistry}'s job. Pure, stateless and thread-safe; build one and share it.
 */
public final class EntityRecognizer {

    private final MentionFinder finder;

    public EntityRecognizer() {
        this.finder = new MentionFinder(Lexicon.get(), Gazetteer.get());
    }

    /**
     * The entities named in {@code text} (offsets are {@code char} offsets into it), in order of
     * first mention.
     *
     * @param language ISO 639-1 code of the text, or {@code und}; German switches off lone
     *                 capitalized words, which German uses for every noun
     */
    public List<LocalEntity> recognize(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<LocalEntity> out = Coreference.resolve(finder.find(text, language));
        return out;
    }
}
