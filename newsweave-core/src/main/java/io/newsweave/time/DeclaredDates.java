package io.newsweave.time;

import java.time.LocalDate;
import java.util.Optional;

/** Placeholder until the time package lands. */
public final class DeclaredDates {
    private DeclaredDates() {
    }

    public static Optional<LocalDate> parse(String raw) {
        try {
            return Optional.of(LocalDate.parse(raw.strip().substring(0, 10)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
