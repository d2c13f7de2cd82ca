package io.newsweave.server.ui;

import io.javalin.http.Context;
import io.newsweave.server.Html;
import io.newsweave.server.Services;
import io.newsweave.server.SourceView;
import io.newsweave.server.api.SourcesApi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Sources page: every watched source in a table sortable by each column ({@code ?sort=} and
 * {@code ?dir=}, links in the headers, no script needed), with its status, articles collected, new
 * items per day (a sparkline of the last two weeks), last success and last error in words. Every
 * value from a source (URL, name, error text) is escaped.
 */
final class SourcesPage {

    private static final Map<String, Comparator<SourceView>> SORTS = Map.of(
            "url", Comparator.comparing(SourceView::url),
            "name", Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT)),
            "kind", Comparator.comparing(v -> v.kind() == null ? "" : v.kind()),
            "status", Comparator.comparingInt(SourcesPage::severity),
            "articles", Comparator.comparingLong(SourceView::articles),
            "per_day", Comparator.comparingDouble(SourceView::itemsPerDay),
            "last_success", Comparator.comparing(v -> v.lastSuccess() == null ? "" : v.lastSuccess()),
            "error", Comparator.comparing(v -> v.lastError() == null ? "" : v.lastError()));
    private static final String[][] COLUMNS = {{"name", "Source"}, {"kind", "Kind"}, {"status", "Status"},
            {"articles", "Articles"}, {"per_day", "New items a day"}, {"last_success", "Last success"}, {"error", "Last error"}};

    private final Services services;

    SourcesPage(Services services) {
        this.services = services;
    }

    String render(Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort == null || !SORTS.containsKey(sort)) {
            sort = "status";
        }
        boolean desc = !"asc".equals(ctx.queryParam("dir")) && (ctx.queryParam("dir") != null || sort.equals("status"));
        List<SourceView> views = new ArrayList<>(SourcesApi.views(services.watch()));
        Comparator<SourceView> order = SORTS.get(sort).thenComparing(SourceView::url);
        views.sort(desc ? order.reversed() : order);
        StringBuilder m = new StringBuilder("<h1>Sources</h1>");
        if (services.watch() == null) {
            m.append("<p class=\"muted\">This server watches no sources. Start it with <code>newsweave serve --watch SOURCES</code>.</p>");
            return Layout.page("Sources", "", m.toString());
        }
        m.append("<p class=\"muted\">").append(views.size()).append(" sources from <code>")
                .append(Html.escape(services.watch().file().getFileName().toString())).append("</code>; ")
                .append(summary(views)).append("</p>");
        m.append("<table class=\"sources\" id=\"sources\"><thead><tr>");
        for (String[] column : COLUMNS) {
            boolean active = column[0].equals(sort);
            String nextDir = active && !desc ? "desc" : "asc";
            m.append("<th").append(active ? " aria-sort=\"" + (desc ? "descending" : "ascending") + "\"" : "").append(">")
                    .append("<a href=\"/sources?sort=").append(column[0]).append("&amp;dir=").append(nextDir).append("\">")
                    .append(Html.escape(column[1])).append(active ? (desc ? " ▾" : " ▴") : "").append("</a></th>");
        }
        m.append("</tr></thead><tbody>");
        for (SourceView v : views) {
            m.append("<tr data-status=\"").append(v.status()).append("\">")
                    .append("<td><a href=\"").append(Html.escape(v.url())).append("\" rel=\"nofollow noopener\">")
                    .append(Html.escape(v.name())).append("</a><br><small class=\"muted\">").append(Html.escape(v.url()))
                    .append(v.polledUrl() == null ? "" : " → " + Html.escape(v.polledUrl())).append("</small></td>")
                    .append("<td>").append(Html.escape(v.kind() == null ? "?" : v.kind())).append("</td>")
                    .append("<td><span class=\"status ").append(v.status()).append("\">").append(v.status()).append("</span>")
                    .append(v.consecutiveFailures() > 0 ? " <small>" + v.consecutiveFailures() + "× failed</small>" : "").append("</td>")
                    .append("<td class=\"n\">").append(v.articles()).append("</td>")
                    .append("<td class=\"n\">").append(spark(v.newPerDay())).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", v.itemsPerDay())).append("</td>")
                    .append("<td>").append(v.lastSuccess() == null ? "never" : Html.escape(v.lastSuccess())).append("</td>")
                    .append("<td class=\"error\">").append(v.lastError() == null ? "" : Html.escape(v.lastError()))
                    .append(v.lastWarning() == null ? "" : "<br><small class=\"muted\">" + Html.escape(v.lastWarning()) + "</small>")
                    .append("</td></tr>");
        }
        m.append("</tbody></table>");
        return Layout.page("Sources", "", m.toString());
    }

    private static int severity(SourceView v) {
        return switch (v.status()) {
            case "dead" -> 3;
            case "failing" -> 2;
            case "slow" -> 1;
            default -> 0;
        };
    }

    private static String summary(List<SourceView> views) {
        int[] counts = new int[4];
        for (SourceView v : views) {
            counts[severity(v)]++;
        }
        return counts[0] + " ok, " + counts[1] + " slow, " + counts[2] + " failing, " + counts[3] + " dead";
    }

    /** New items per day over the last two weeks as a small line. */
    static String spark(List<Integer> perDay) {
        int width = 70;
        int height = 16;
        if (perDay.isEmpty()) {
            return "<svg class=\"spark\" width=\"" + width + "\" height=\"" + height + "\" aria-label=\"no polls yet\"></svg>";
        }
        int max = Math.max(1, perDay.stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder points = new StringBuilder();
        double step = perDay.size() == 1 ? 0 : (double) (width - 2) / (perDay.size() - 1);
        for (int i = 0; i < perDay.size(); i++) {
            double x = perDay.size() == 1 ? width / 2.0 : 1 + i * step;
            double y = height - 2 - (height - 4) * (double) perDay.get(i) / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        String label = "new items per day, last " + perDay.size() + " days: " + perDay;
        return "<svg class=\"spark\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\"><title>" + Html.escape(label) + "</title>"
                + "<polyline class=\"line\" points=\"" + points.toString().strip() + "\"/></svg>";
    }
}
