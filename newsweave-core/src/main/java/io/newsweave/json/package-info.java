/**
 * JSON forms of the records: {@link io.newsweave.json.ArticleJson} maps an article to and from
 * its contract shape (the journal stores it so, with its own mapper), and
 * {@link io.newsweave.json.ViewJson} is the one writer of the read views, for the export and the API.
 */
package io.newsweave.json;
