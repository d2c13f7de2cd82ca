package io.newsweave.time;

import io.newsweave.model.Timex;
import io.newsweave.text.WordRuns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds the date expressions of a text whose publication date is known (declared in metadata or
 * a header) and resolves them against it; the date itself is not questioned. The grammar and what
 * it tags are those of {@link PublicationDater}, which dates texts that declare no date.
 * Stateless and thread-safe.
 */
public final class TimexResolver {

    private TimexResolver() {
    }

    /**
     * The date expressions of {@code text}, in text order, resolved against {@code published}.
     *
     * @param language ISO 639-1 code the language stage gave the text, which selects the
     *                 language-bound rules (abbreviated month names, verb endings); {@code null} or
     *                 {@code und}: read from the text's own function words
     */
    public static List<Timex> resolve(String text, LocalDate published, String language) {
        Objects.requireNonNull(text, "text");
        return resolve(WordRuns.of(text), published, language);
    }

    /** {@link #resolve(String, LocalDate, String)} of a text already tokenized. */
    public static List<Timex> resolve(WordRuns words, LocalDate published, String language) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(published, "published");
        Tokens t = Tokens.of(words);
        int[] votes = TenseCues.votes(t, language);
        List<DateExpression> mentions = Tense.assign(t, Modifiers.apply(t, DateExpressionFinder.find(t, votes), votes), votes);
        return List.copyOf(Resolver.timexes(t, mentions, published));
    }
}
