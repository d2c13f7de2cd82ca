/**
 * Quotes: who said what. {@link io.newsweave.quote.QuoteFinder} is the pure per-article stage: it
 * finds the direct quotes of an {@link io.newsweave.model.Article} in every quoting style and
 * resolves each speaker to a canonical entity through the article's mentions.
 * {@link io.newsweave.quote.QuoteGroups} groups the same quote reported by several articles or in
 * several languages.
 *
 * <p>Inside: {@code Marks} scans the quote marks in one pass with a bounded stack and
 * {@code Dialogue} reads dash dialogue; {@code WindowTokens} tokenizes the few hundred characters around
 * each quote; {@code AttributionCues} holds the reporting verbs and function words (en, fr, es, de, it, pt,
 * nl, ru, uk, pl); {@code Attribution} finds the speaker phrase and {@code Speakers} resolves it.
 * No regular expression scans the text. Everything here is stateless and thread-safe.
 */
package io.newsweave.quote;
