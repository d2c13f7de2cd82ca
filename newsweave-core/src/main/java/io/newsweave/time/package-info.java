/**
 * Time: parses declared publication dates ({@link io.newsweave.time.DeclaredDates}), finds the
 * date expressions of an article's text and resolves them to ISO 8601 values, and infers the
 * publication date of an undated article with its provenance and confidence
 * ({@link io.newsweave.time.PublicationDater}).
 *
 * <p>Languages: English, French, Spanish, German, Italian, Portuguese. The text is tokenized
 * once into runs of letters and digits; every token is looked up, accent-folded, in immutable
 * tables ({@code CalendarLexicon}, {@code Units}, {@code TenseCues}); a small left-to-right grammar
 * ({@code DateExpressionFinder}, with {@code Periods} for periods, durations, sets and vague references
 * and {@code ClockTimes} for times) builds mentions, {@code Modifiers} widens them to TimeML extents
 * and records TIMEX3 modifiers, {@code Tense} gives each a direction, {@code Resolver} and
 * {@code PeriodValues} place them on the calendar, and {@code Inference} scores candidate
 * publication days. No regular expression scans the text.
 *
 * <p>Everything here is stateless and thread-safe.
 */
package io.newsweave.time;
