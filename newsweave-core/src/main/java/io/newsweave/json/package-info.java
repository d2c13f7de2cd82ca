/** JSON forms of the records, shared by the journal, the export and the API. */
package io.newsweave.json;
