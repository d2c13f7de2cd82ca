package io.newsweave.watch;

import java.util.Locale;

/** A source's standing, from its {@link SourceHealth}. */
public enum SourceStatus {
    /** Answers and yields items. */
    OK,
    /** Answers slowly (over 5 s) or failed lately, but not often enough to be failing. */
    SLOW,
    /** Failed hard once, or three times in a row, or its failure score passed 2.5. */
    FAILING,
    /** Failed 8 times in a row with no success for 7 days: retried once a day, never forgotten. */
    DEAD;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
