package io.newsweave.entity;

import io.newsweave.text.WordRuns;

import java.util.List;

/**
 * The per-article entity stage: finds the people, organizations, places and other named things
 * of a text and groups the mentions of each within the article ({@link LocalEntity}). Works from
 * word lists, capitalization and sentence position, in any language written with capitals (Latin
 * and Cyrillic), and known places by dictionary in Chinese, Japanese and Korean ({@link CaselessNames});
 * needs no model. Does not decide identity across articles: that is
 * {@link EntityRegistry}'s job. Pure, stateless and thread-safe; build one and share it.
 */
public final class EntityRecognizer {

    private final NameLexicon lexicon = NameLexicon.get();
    private final NameFinder finder;
    private final RolePhrases rolePhrases;
    private final RoleLexicon roles = RoleLexicon.get();
    private final CaselessNames caseless = new CaselessNames(Gazetteer.get());

    public EntityRecognizer() {
        this.finder = new NameFinder(lexicon, Gazetteer.get());
        this.rolePhrases = new RolePhrases(roles, Gazetteer.get());
    }

    /**
     * The entities named in {@code text} (offsets are {@code char} offsets into it), in order of
     * first mention, each person with the descriptions the text makes clear are of them
     * ({@link LocalEntity#descriptions()}: "the American president" after "U.S. President Joe
     * Biden", when no other American president-titled person is named).
     *
     * @param language ISO 639-1 code of the text, or {@code und}; German switches off lone
     *                 capitalized words, which German uses for every noun
     */
    public List<LocalEntity> recognize(String text, String language) {
        return recognize(WordRuns.of(text), language);
    }

    /** {@link #recognize(String, String)} of a text already tokenized ({@link WordRuns#text()}). */
    public List<LocalEntity> recognize(WordRuns words, String language) {
        String text = words.text();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Token> toks = Tokenizer.tokenize(words, lexicon);
        List<Descriptions.Phrase> phrases = rolePhrases.phrases(text, toks, language);
        List<Candidate> names = Descriptions.withoutRoles(finder.find(text, toks, language), toks, phrases);
        List<LocalEntity> found = Descriptions.resolve(text, toks, phrases, Coreference.resolve(names), roles.needsArticle(language));
        return withUnspaced(found, caseless.find(text));
    }

    /** {@code found} and the known names of scripts without capitals, one entity per known id, in order of first mention. */
    private static List<LocalEntity> withUnspaced(List<LocalEntity> found, List<LocalEntity> unspaced) {
        if (unspaced.isEmpty()) {
            return found;
        }
        List<LocalEntity> out = new java.util.ArrayList<>(found);
        for (LocalEntity u : unspaced) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (u.known().equals(out.get(i).known())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(u);
            } else {
                LocalEntity e = out.get(same);
                List<Surface> mentions = new java.util.ArrayList<>(e.mentions());
                mentions.addAll(u.mentions());
                mentions.sort(java.util.Comparator.comparingInt(Surface::start));
                out.set(same, new LocalEntity(e.name(), e.type(), mentions, e.known(), e.descriptions()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start()));
        return List.copyOf(out);
    }
}
