/**
 * Entities: the people, organizations, places and other named things of each article, and their
 * identity across articles, languages and scripts.
 *
 * <p>Two levels. {@link io.newsweave.entity.EntityRecognizer} is the pure per-article stage: it
 * tokenizes once, finds capitalized names with their connectors, cuts titles and honorifics off,
 * rejects sentence-initial capitals, function words (Lucene's stop-word sets) and title-case
 * clutter without evidence, types names by cues and word lists, groups each person's short
 * forms within the article, and resolves descriptions ("the American president") to the one
 * person the article has given that role and country. {@link io.newsweave.entity.EntityRegistry} is the ordered,
 * stateful step: it gives every local entity a canonical id, matching by transliterated keys,
 * a country/capital/international-body gazetteer (ICU locale data plus curated exonyms),
 * surname sound keys, edit distance, Beider-Morse codes and co-occurring entities.
 * {@link io.newsweave.entity.RegistrySnapshot} saves a replayed registry with the journal position
 * it covers, so that opening a store replays only the tail.
 * {@link io.newsweave.entity.EntityAliases} applies the user's merge and split rules at read time;
 * {@link io.newsweave.entity.EntityTally} counts the entities of a story or of the store, named and
 * typed by the registry when it has one.
 *
 * <p>Languages: any written with capitals in Latin or Cyrillic script; word lists cover English,
 * French, Spanish, German, Italian, Portuguese, Dutch, Polish, Czech, Slovene, Bulgarian, Russian
 * and Ukrainian. No model is downloaded; nothing here does I/O but {@code EntityAliases.load} and
 * {@code RegistrySnapshot}.
 */
package io.newsweave.entity;
