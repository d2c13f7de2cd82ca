package io.newsweave.story;

import io.newsweave.model.Article;
import io.newsweave.model.Timex;
import io.newsweave.store.SnapshotInput;
import io.newsweave.store.SnapshotOutput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link EventView}s of a story from its articles, one event at a time. Not thread-safe. */
final class EventBuilder {

    /** How far from its articles' publication a mentioned day may be to count as the event's day. */
    static final int NEAR_DAYS = 3;

    private EventBuilder() {
    }

    static List<EventView> views(Collection<Builder> builders) {
        List<EventView> out = new ArrayList<>();
        for (Builder b : builders) {
            out.add(b.build());
        }
        out.sort(Comparator.comparing((EventView e) -> e.date() == null ? LocalDate.MAX : e.date()).thenComparing(EventView::id));
        return out;
    }

    static final class Builder {
        private final String id;
        private String title;
        private final List<String> articles = new ArrayList<>();
        private final Map<LocalDate, Integer> mentioned = new TreeMap<>();
        private LocalDate first;
        private LocalDate last;

        Builder(String id) {
            this.id = id;
        }

        /** The number of articles added. */
        int size() {
            return articles.size();
        }

        void add(Article a) {
            if (title == null || title.isEmpty()) {
                title = a.title();
            }
            articles.add(a.id());
            LocalDate d = a.published().date();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            for (Timex t : a.timexes()) {
                if ("day".equals(t.granularity()) && t.value() != null && t.value().length() == 10) {
                    try {
                        mentioned.merge(LocalDate.parse(t.value()), 1, Integer::sum);
                    } catch (DateTimeParseException e) {
                        // not a calendar day (a TIMEX3 value with placeholders): not counted
                    }
                }
            }
        }

        /** The day mentioned most near the publication dates (earliest on ties), else the first publication date. */
        LocalDate date() {
            if (first == null) {
                return null;
            }
            LocalDate best = null;
            int bestCount = 0;
            for (Map.Entry<LocalDate, Integer> e : mentioned.entrySet()) {
                boolean near = !e.getKey().isBefore(first.minusDays(NEAR_DAYS)) && !e.getKey().isAfter(last.plusDays(NEAR_DAYS));
                if (near && e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best != null ? best : first;
        }

        /** Writes this event's state for {@link #read}. */
        void write(SnapshotOutput out) {
            out.writeString(id);
            out.writeString(title);
            out.writeStrings(articles);
            out.writeDayCounts(mentioned);
            out.writeDate(first);
            out.writeDate(last);
        }

        /** An event as {@link #write} saved it. */
        static Builder read(SnapshotInput in) throws SnapshotInput.Corrupt {
            Builder b = new Builder(in.readString());
            b.title = in.readString();
            in.readStrings(b.articles);
            in.readDayCounts(b.mentioned);
            b.first = in.readDate();
            b.last = in.readDate();
            return b;
        }

        String id() {
            return id;
        }

        EventView build() {
            return new EventView(id, date(), title == null ? "" : title, articles);
        }
    }
}
