/**
 * Text: sentence splitting for every language newsweave reads, with char offsets into the
 * article text so that whatever is built from sentences (timeline, summary) stays traceable.
 */
package io.newsweave.text;
