package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.Slice;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The previous and next links of one paged list on a page ({@code <nav class="pager">}, links with
 * {@code rel="prev"} and {@code rel="next"}), keeping the page's other parameters. Immutable.
 *
 * @param path   the page's path, already safe in a URL ({@code /stories/ID})
 * @param params the query parameters the page keeps in its links, in order
 */
record Pager(String path, Map<String, String> params) {

    Pager {
        params = Map.copyOf(params);
    }

    /**
     * The links of list {@code name} (its page parameter) shown as {@code slice}, to scroll to
     * {@code anchor}; {@code noun} names the list for scripts and tests. Nothing when it fits on one page.
     */
    String links(String name, Slice slice, String anchor, String noun) {
        if (slice.total() <= slice.limit() && slice.offset() == 0) {
            return "";
        }
        int page = slice.page();
        int last = Slice.lastPage(slice.total(), slice.limit());
        StringBuilder s = new StringBuilder("<nav class=\"pager\" data-list=\"").append(Html.escape(noun)).append("\">");
        if (page > 1) {
            s.append("<a rel=\"prev\" href=\"").append(Html.escape(href(name, page - 1, anchor))).append("\">← Previous</a> ");
        }
        s.append("<span class=\"muted\">").append(Html.escape("Page " + page + " of " + last + " (" + slice.total() + " in all)"))
                .append("</span>");
        if (page < last) {
            s.append(" <a rel=\"next\" href=\"").append(Html.escape(href(name, page + 1, anchor))).append("\">Next →</a>");
        }
        return s.append("</nav>").toString();
    }

    /** The page's address with list {@code name} at {@code page}, scrolled to {@code anchor}. */
    String href(String name, int page, String anchor) {
        Map<String, String> query = sorted();
        if (page == 1) {
            query.remove(name);
        } else {
            query.put(name, Integer.toString(page));
        }
        return address(query, anchor);
    }

    /**
     * The page's address with parameter {@code name} at {@code value} (absent when {@code null}) and
     * list {@code list} back on its first page, scrolled to {@code anchor}: another order of that list.
     */
    String firstPageWith(String list, String name, String value, String anchor) {
        Map<String, String> query = sorted();
        query.remove(list);
        if (value == null) {
            query.remove(name);
        } else {
            query.put(name, value);
        }
        return address(query, anchor);
    }

    /** The kept parameters by name. */
    private Map<String, String> sorted() {
        Map<String, String> query = new LinkedHashMap<>();
        params.keySet().stream().sorted().forEach(k -> query.put(k, params.get(k)));
        return query;
    }

    /** {@link #path} with {@code query} URL-encoded and {@code #anchor}. */
    private String address(Map<String, String> query, String anchor) {
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(Html.url(v)));
        return path + q + "#" + anchor;
    }
}
