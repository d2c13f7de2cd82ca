/**
 * Placements as records that travel: what the ordered step decided for each input (an article
 * placed in an event and a story, a merge of two stories or events, a duplicate, a rejection),
 * their one-line JSON form, and how a store takes them in. The Flink job writes them to a Kafka
 * topic; {@code newsweave serve --from-kafka} reads them back into the embedded store, so the read
 * model, the UI and the API are the same whichever runner placed the articles.
 */
package io.newsweave.placement;
