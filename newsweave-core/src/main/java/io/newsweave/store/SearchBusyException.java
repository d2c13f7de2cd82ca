package io.newsweave.store;

/**
 * A search with wildcard, fuzzy, regular expression or range terms was refused because as many
 * such searches as allowed are already running; it may be retried shortly. Immutable.
 */
public final class SearchBusyException extends RuntimeException {

    SearchBusyException(int running) {
        super("too many expanding searches (wildcard, fuzzy, regular expression, range) at once: " + running
                + " running; retry shortly", null, false, false);
    }
}
