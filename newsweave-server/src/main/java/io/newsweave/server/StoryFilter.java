package io.newsweave.server;

import io.javalin.http.Context;
import io.newsweave.story.StoryView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Story list filters and keyset paging. A story passes when it overlaps {@code [from, to]} (undated
 * stories pass only without dates), has an article in {@code language} and from {@code source}, and
 * mentions {@code entity}. The cursor names the last story of a page by its sort key (size, latest
 * date, id), so a page never repeats the stories of the previous one. Immutable.
 */
public record StoryFilter(LocalDate from, LocalDate to, String language, String source, String entity, int limit, Key after) {

    /** Sort key of a story: more articles first, then later last date, then id. */
    record Key(int size, LocalDate last, String id) implements Comparable<Key> {
        static Key of(StoryView v) {
            return new Key(v.articles().size(), v.last(), v.id());
        }

        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(o.size, size);
            if (c != 0) {
                return c;
            }
            LocalDate a = last == null ? LocalDate.MIN : last;
            LocalDate b = o.last == null ? LocalDate.MIN : o.last;
            c = b.compareTo(a);
            return c != 0 ? c : id.compareTo(o.id);
        }

        String encode() {
            String raw = size + "|" + (last == null ? "" : last) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
                if (parts.length != 3 || !Params.validId(parts[2])) {
                    throw new IllegalArgumentException();
                }
                return new Key(Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : LocalDate.parse(parts[1]), parts[2]);
            } catch (RuntimeException e) {
                throw HttpError.badRequest("cursor is not one this server gave out");
            }
        }
    }

    /** One page and the cursor of the next, or {@code null} when this was the last. */
    public record Page(List<StoryView> stories, String next, int matched) {
    }

    public static StoryFilter from(Context ctx, int defaultLimit) {
        String cursor = Params.text(ctx, "cursor");
        StoryFilter f = new StoryFilter(Params.date(ctx, "from"), Params.date(ctx, "to"), Params.text(ctx, "language"),
                Params.text(ctx, "source"), Params.text(ctx, "entity"), Params.integer(ctx, "limit", defaultLimit, 1, 100),
                cursor == null ? null : Key.decode(cursor));
        if (f.from != null && f.to != null && f.from.isAfter(f.to)) {
            throw HttpError.badRequest("from is after to");
        }
        return f;
    }

    boolean matches(StoryView v, Snapshot snapshot) {
        if (from != null || to != null) {
            if (v.first() == null) {
                return false;
            }
            if ((from != null && v.last().isBefore(from)) || (to != null && v.first().isAfter(to))) {
                return false;
            }
        }
        return (language == null || v.languages().containsKey(language))
                && (source == null || v.sources().containsKey(source))
                && (entity == null || snapshot.entitiesOf(v.id()).containsKey(entity));
    }

    public Page page(Snapshot snapshot) {
        List<StoryView> out = new ArrayList<>(limit);
        int matched = 0;
        StoryView lastTaken = null;
        boolean more = false;
        for (StoryView v : snapshot.stories()) {
            if (!matches(v, snapshot)) {
                continue;
            }
            matched++;
            if (after != null && Key.of(v).compareTo(after) <= 0) {
                continue;
            }
            if (out.size() < limit) {
                out.add(v);
                lastTaken = v;
            } else {
                more = true;
            }
        }
        return new Page(out, more ? Key.of(lastTaken).encode() : null, matched);
    }
}
