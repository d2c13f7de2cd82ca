package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.HttpError;
import io.newsweave.server.Params;
import io.newsweave.server.Responses;
import io.newsweave.server.Services;
import io.newsweave.server.ShownText;
import io.newsweave.server.api.SearchApi;
import io.javalin.http.Context;
import io.newsweave.model.Article;
import io.newsweave.store.ArticleQuery;
import io.newsweave.store.SearchResult;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search page: a query in Lucene syntax, filters, hits with snippets, and facets (language,
 * source, entity, date) whose values narrow the search, 20 hits a page ({@code offset}, as the
 * API's) with links to the previous and next ones. A query the parser or the search limits
 * refuse, or a bad {@code offset}, is shown back with the reason and its status (400, or 503 for
 * a search that ran out of time or found the server busy).
 */
final class SearchPage {

    private static final String[] FILTERS = {"q", "language", "source", "entity", "story", "from", "to", "originals"};

    private final Services services;

    SearchPage(Services services) {
        this.services = services;
    }

    String render(Context ctx) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = Params.text(ctx, name);
            if (value != null) {
                params.put(name, value);
            }
        }
        String q = params.get("q");
        StringBuilder m = new StringBuilder("<h1>Search</h1>").append(form(params));
        SearchResult result = null;
        ArticleQuery query = null;
        try {
            query = SearchApi.query(services, ctx, 20);
            result = SearchApi.run(services, query);
        } catch (HttpError e) {
            Responses.status(ctx, e);
            m.append("<p class=\"error\" id=\"search-error\">").append(Html.escape(e.getMessage())).append("</p>");
        }
        if (result != null) {
            m.append("<div class=\"search\"><aside class=\"facets\">").append(facets(result, params)).append("</aside><section class=\"hits\">");
            m.append("<p class=\"muted\" id=\"total\">").append(Html.escape(ShownText.count(result.total(), "article")
                    + (result.hits().isEmpty() || result.total() <= query.limit() ? "" : ", " + (query.offset() + 1) + "–"
                    + (query.offset() + result.hits().size()) + " shown"))).append(" · ")
                    .append(Layout.link("/feeds/search?" + query(params), "Atom feed of this search")).append("</p><ol class=\"hits\">");
            for (SearchResult.Hit hit : result.hits()) {
                Article a = hit.article().article();
                m.append("<li class=\"hit\"><a class=\"title\" href=\"/articles/").append(Html.escape(a.id())).append("\">")
                        .append(Html.escape(a.title().isEmpty() ? "(untitled)" : a.title())).append("</a><div class=\"meta\">")
                        .append(Layout.badge(a.language(), 0)).append(' ')
                        .append(Html.escape((a.source() == null ? "" : a.source() + " · ")
                                + (a.published().known() ? a.published().date().toString() : "undated")))
                        .append(" · <a href=\"/stories/").append(Html.escape(hit.article().story())).append("\">story</a></div><p class=\"snippet\">")
                        .append(Html.escape(ShownText.clip(a.text(), 240))).append("</p></li>");
            }
            m.append("</ol>");
            int next = query.offset() + result.hits().size();
            boolean more = next < result.total() && next + query.limit() <= ArticleQuery.MAX_WINDOW && !result.hits().isEmpty();
            if (query.offset() > 0 || more) {
                String base = "/search?" + query(params) + (params.isEmpty() ? "" : "&") + "offset=";
                m.append("<nav class=\"pager more\">");
                if (query.offset() > 0) {
                    m.append("<a rel=\"prev\" href=\"").append(Html.escape(base + Math.max(0, query.offset() - query.limit())))
                            .append("\">← Previous results</a> ");
                }
                if (more) {
                    m.append("<a rel=\"next\" href=\"").append(Html.escape(base + next)).append("\">Next results →</a>");
                }
                m.append("</nav>");
            }
            m.append("</section></div>");
        }
        return Layout.page(q == null ? "Search" : "Search: " + q, "", m.toString(), q == null ? "" : q);
    }

    private static String form(Map<String, String> params) {
        StringBuilder f = new StringBuilder("<form class=\"search-form\" id=\"search-form\" action=\"/search\" method=\"get\">");
        f.append("<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(Html.escape(params.get("q")))
                .append("\" placeholder='putin AND \"talks\", title:storm, langu*'>");
        for (String name : new String[] {"language", "source", "entity", "story"}) {
            if (params.containsKey(name)) {
                f.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(Html.escape(params.get(name))).append("\">");
            }
        }
        f.append("<label>from <input type=\"date\" name=\"from\" value=\"").append(Html.escape(params.get("from"))).append("\"></label>");
        f.append("<label>to <input type=\"date\" name=\"to\" value=\"").append(Html.escape(params.get("to"))).append("\"></label>");
        f.append("<label><input type=\"checkbox\" name=\"originals\" value=\"true\"")
                .append("true".equals(params.get("originals")) ? " checked" : "").append("> originals only</label>");
        return f.append("<button type=\"submit\">Search</button></form>").toString();
    }

    private static String facets(SearchResult result, Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        for (String facet : new String[] {"language", "source", "entity"}) {
            Map<String, Integer> counts = result.facets().getOrDefault(facet, Map.of());
            s.append("<h3>").append(facet.substring(0, 1).toUpperCase()).append(facet.substring(1)).append("</h3>");
            if (params.containsKey(facet)) {
                Map<String, String> without = new LinkedHashMap<>(params);
                without.remove(facet);
                s.append("<p class=\"active\">").append(Html.escape(params.get(facet))).append(' ')
                        .append(Layout.link("/search?" + query(without), "(remove)")).append("</p>");
            } else if (counts.isEmpty()) {
                s.append("<p class=\"muted\">none</p>");
            } else {
                s.append("<ul class=\"facet\">");
                counts.forEach((value, n) -> {
                    Map<String, String> with = new LinkedHashMap<>(params);
                    with.put(facet, value);
                    s.append("<li>").append(Layout.link("/search?" + query(with), value)).append(" <b>").append(n).append("</b></li>");
                });
                s.append("</ul>");
            }
        }
        Map<String, Integer> days = result.facets().getOrDefault("date", Map.of());
        s.append("<h3>Date</h3>");
        if (days.isEmpty()) {
            s.append("<p class=\"muted\">no dated matches</p>");
        } else {
            TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
            days.forEach((d, n) -> byDay.put(LocalDate.parse(d), n));
            s.append(Svg.sparkline(byDay, 200, 40));
        }
        return s.toString();
    }

    /** A query string of the parameters, each value percent-encoded. */
    private static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=').append(Html.url(v)));
        return q.toString();
    }
}
