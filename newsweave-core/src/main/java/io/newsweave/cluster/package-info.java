/**
 * Cluster: online clustering of articles into events inside stories, across languages. Article features
 * ({@link io.newsweave.cluster.ArticleFeatures}) in channels ({@link io.newsweave.cluster.Channel}), a
 * weighted channel similarity ({@link io.newsweave.cluster.Similarity}) and the placement rule
 * ({@link io.newsweave.cluster.Clusterer}), which reads candidates through an interface and knows
 * nothing of the store.
 */
package io.newsweave.cluster;
