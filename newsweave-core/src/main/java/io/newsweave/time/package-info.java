/**
 * Time: parses declared publication dates ({@link io.newsweave.time.DeclaredDates}), finds the
 * date expressions of an article's text and resolves them to ISO 8601 values, and infers the
 * publication date of an undated article with its provenance and confidence
 * ({@link io.newsweave.time.PublicationDater}).
 *
 * <p>Languages: English, French, Spanish, German, Italian, Portuguese. The text is tokenized
 * once into runs of letters and digits; every token is looked up, accent-folded, in immutable
 * tables ({@code Lexicon}, {@code Cues}); a small left-to-right grammar ({@code MentionFinder})
 * builds mentions, {@code Tense} gives each a direction, {@code Resolver} places them on the
 * calendar, and {@code Inference} scores candidate publication days. No regular expression
 * scans the text. Growing into a TimeML tagger means adding rows to the tables and rules to the
 * grammar (durations, times, sets), not a new pass.
 *
 * <p>Everything here is stateless and thread-safe.
 */
package io.newsweave.time;
