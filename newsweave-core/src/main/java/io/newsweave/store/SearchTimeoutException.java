package io.newsweave.store;

import java.time.Duration;

/**
 * A search stopped because it ran past its time budget; no partial result is returned. The same
 * search is likely to stop again: narrow it. Immutable.
 */
public final class SearchTimeoutException extends RuntimeException {

    SearchTimeoutException(Duration budget) {
        super("search stopped after its budget of " + budget.toMillis() + " ms: narrow the query", null, false, false);
    }
}
