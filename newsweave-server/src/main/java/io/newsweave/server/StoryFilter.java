package io.newsweave.server;

import io.javalin.http.Context;
import io.newsweave.story.StoryView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Story list filters, order and keyset paging. A story passes when it overlaps {@code [from, to]}
 * (undated stories pass only without dates), has an article in {@code language} and from
 * {@code source}, and mentions {@code entity}. {@code sort=activity} (the default) puts the stories
 * with the most articles in the last days first ({@link Activity}), {@code sort=size} the largest.
 * The cursor names the last story of a page by its sort key, so a page never repeats the stories
 * of the previous one. Immutable.
 */
public record StoryFilter(LocalDate from, LocalDate to, String language, String source, String entity, int limit, Key after,
                          Sort sort) {

    /** The orders of the story list. */
    public enum Sort {
        /** Most recent articles first, then the latest last day, then the largest. */
        ACTIVITY,
        /** Most articles first, then the latest last day. */
        SIZE;

        /** The {@code sort} parameter's value. */
        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Sort parse(String value) {
            if (value == null) {
                return ACTIVITY;
            }
            for (Sort s : values()) {
                if (s.param().equals(value)) {
                    return s;
                }
            }
            throw HttpError.badRequest("sort must be activity or size");
        }
    }

    /** Sort key of a story: {@code recent} articles first (0 when sorting by size), then more articles, then later last date, then id. */
    record Key(int recent, int size, LocalDate last, String id) implements Comparable<Key> {
        static Key of(StoryView v, Activity activity, Sort sort) {
            return new Key(sort == Sort.ACTIVITY && activity != null ? activity.recent() : 0, v.articles().size(), v.last(), v.id());
        }

        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(o.recent, recent);
            if (c != 0) {
                return c;
            }
            LocalDate a = last == null ? LocalDate.MIN : last;
            LocalDate b = o.last == null ? LocalDate.MIN : o.last;
            if (recent > 0 || o.recent > 0) { // among active stories the newest first, then the largest
                c = b.compareTo(a);
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(o.size, size);
            } else {
                c = Integer.compare(o.size, size);
                c = c != 0 ? c : b.compareTo(a);
            }
            return c != 0 ? c : id.compareTo(o.id);
        }

        String encode() {
            String raw = recent + "|" + size + "|" + (last == null ? "" : last) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
                if (parts.length != 4 || !Params.validId(parts[3])) {
                    throw new IllegalArgumentException();
                }
                return new Key(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        parts[2].isEmpty() ? null : LocalDate.parse(parts[2]), parts[3]);
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
                cursor == null ? null : Key.decode(cursor), Sort.parse(Params.text(ctx, "sort")));
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
        for (StoryView v : snapshot.stories(sort)) {
            if (!matches(v, snapshot)) {
                continue;
            }
            matched++;
            if (after != null && key(v, snapshot).compareTo(after) <= 0) {
                continue;
            }
            if (out.size() < limit) {
                out.add(v);
                lastTaken = v;
            } else {
                more = true;
            }
        }
        return new Page(out, more ? key(lastTaken, snapshot).encode() : null, matched);
    }

    private Key key(StoryView v, Snapshot snapshot) {
        return Key.of(v, snapshot.activityOf(v.id()), sort);
    }
}
