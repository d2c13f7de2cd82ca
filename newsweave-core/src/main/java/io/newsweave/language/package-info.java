/**
 * Language: identifies an article's language with Lingua over a configured set, from title and
 * lead, keeping the confidence and answering {@code und} when unsure.
 */
package io.newsweave.language;
