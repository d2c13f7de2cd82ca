package io.newsweave.watch;

import java.util.Locale;

/** A source's standing, from its {@link SourceHealth}. */
public enum SourceStatus {
    /** Answers and yields items. */
    OK,
    /** Answers slowly (over 5 s), failed once or twice in a row (temporarily), or still has a failure score of 2.5 or more (flaky). */
    SLOW,
    /** Failed three times in a row, or its last poll failed with a failure score of 2.5 or more (one hard failure is 3). */
    FAILING,
    /** Failed 8 times in a row with no success for 7 days: retried once a day, never forgotten. */
    DEAD;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
