/** Atom and RSS feeds under {@code /feeds}; links come from {@code serve --base-url}, never from the request. */
package io.newsweave.server.feed;
