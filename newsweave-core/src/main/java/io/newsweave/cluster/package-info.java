/**
 * Cluster: the first grouping of articles into stories, online and bounded by a time window.
 * The clustering issue replaces it with events inside stories and cross-lingual representations.
 */
package io.newsweave.cluster;
