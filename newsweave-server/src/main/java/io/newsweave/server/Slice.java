package io.newsweave.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.List;

/**
 * The window a view shows of one list: {@code limit} items from {@code offset} of {@code total}.
 * The API asks for it by {@code offset} and {@code limit} (bounded like the search API's, a value
 * out of bounds is a 400); pages by a 1-based {@code page} number, a page past the last one being
 * a 400 too. Immutable.
 *
 * @param offset items skipped
 * @param limit  items shown at most
 * @param total  items in the whole list
 */
public record Slice(int offset, int limit, int total) {

    /** Deepest offset the API accepts. */
    static final int MAX_OFFSET = 1_000_000;

    /** A window of {@code total} items from parameters {@code <prefix>offset} and {@code <prefix>limit}. */
    public static Slice byOffset(Context ctx, String prefix, int total, int defaultLimit, int maxLimit) {
        return new Slice(Params.integer(ctx, prefix + "offset", 0, 0, MAX_OFFSET),
                Params.integer(ctx, prefix + "limit", defaultLimit, 0, maxLimit), total);
    }

    /** Page {@code name} (1 when absent) of {@code total} items, {@code size} a page. */
    public static Slice byPage(Context ctx, String name, int total, int size) {
        int page = Params.integer(ctx, name, 1, 1, lastPage(total, size));
        return new Slice((page - 1) * size, size, total);
    }

    /** The first {@code limit} items. */
    public static Slice first(int limit, int total) {
        return new Slice(0, limit, total);
    }

    public static int lastPage(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** This window of {@code list}, whose size is {@link #total}. */
    public <T> List<T> of(List<T> list) {
        int from = Math.min(offset, list.size());
        return list.subList(from, Math.min(list.size(), from + limit));
    }

    /** Offset of the next window, or -1 when this one reaches the end. */
    int next() {
        return limit > 0 && offset + limit < total ? offset + limit : -1;
    }

    /** Offset of the previous window, or -1 when this one starts the list. */
    int previous() {
        return offset > 0 && limit > 0 ? Math.max(0, Math.min(offset, total) - limit) : -1;
    }

    /** 1-based page number of this window when windows are {@link #limit} long. */
    public int page() {
        return limit == 0 ? 1 : offset / limit + 1;
    }

    /** {@code total, offset, limit, next_offset, previous_offset} (the last two null at the ends). */
    public ObjectNode json() {
        ObjectNode node = io.newsweave.json.ViewJson.object().put("total", total).put("offset", offset).put("limit", limit);
        node.put("next_offset", next() < 0 ? null : next());
        node.put("previous_offset", previous() < 0 ? null : previous());
        return node;
    }
}
