package io.newsweave.time;

import io.newsweave.model.Published;
import io.newsweave.model.Timex;

import java.time.LocalDate;
import java.util.List;

/** Placeholder until the time package lands. */
public final class PublicationDater {
    public record Dating(Published published, List<Timex> timexes) {
    }

    public Dating date(String text, List<String> extraEvidence, LocalDate contextDate) {
        return new Dating(Published.UNKNOWN, List.of());
    }

    public List<Timex> resolve(String text, LocalDate published) {
        return List.of();
    }
}
