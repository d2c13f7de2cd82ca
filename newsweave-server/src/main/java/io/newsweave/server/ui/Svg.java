package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.ShownText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;

/**
 * Inline SVG charts of articles per day: a sparkline for story lists and a bar chart for a story's
 * timeline. Days without articles between the first and the last count as zero; at most
 * {@value #MAX_DAYS} days, the latest, are drawn. Every label is escaped. Stateless.
 */
final class Svg {

    static final int MAX_DAYS = 120;

    private Svg() {
    }

    /** A small area chart; empty when no article is dated. */
    static String sparkline(SortedMap<LocalDate, Integer> days, int width, int height) {
        if (days.isEmpty()) {
            return "<span class=\"spark none\">undated</span>";
        }
        int[] counts = series(days);
        int max = max(counts);
        StringBuilder points = new StringBuilder();
        double step = counts.length == 1 ? 0 : (double) (width - 2) / (counts.length - 1);
        for (int i = 0; i < counts.length; i++) {
            double x = counts.length == 1 ? width / 2.0 : 1 + i * step;
            double y = height - 2 - (height - 4) * (double) counts[i] / max;
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
        }
        String label = ShownText.count(sum(counts), "dated article") + ", " + start(days) + " to " + days.lastKey();
        String line = points.toString().strip();
        String area = counts.length == 1
                ? "<rect x=\"" + (width / 2 - 2) + "\" y=\"2\" width=\"4\" height=\"" + (height - 4) + "\" class=\"bar\"/>"
                : "<polygon class=\"area\" points=\"1," + (height - 2) + " " + line + " " + (width - 1) + "," + (height - 2) + "\"/>"
                + "<polyline class=\"line\" points=\"" + line + "\"/>";
        return "<svg class=\"spark\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\"><title>" + Html.escape(label) + "</title>" + area + "</svg>";
    }

    /** Bars per day with the first and last dates under them. */
    static String bars(SortedMap<LocalDate, Integer> days) {
        if (days.isEmpty()) {
            return "<p class=\"muted\">No article of this story has a known publication date.</p>";
        }
        int[] counts = series(days);
        int max = max(counts);
        int width = 600;
        int height = 120;
        double slot = (double) width / counts.length;
        double barWidth = Math.max(1, slot * 0.8);
        LocalDate first = start(days);
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" viewBox=\"0 0 " + width + " " + (height + 20)
                + "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Articles per day\">");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double h = Math.max(3, (height - 4) * (double) counts[i] / max);
            LocalDate day = first.plusDays(i);
            svg.append("<rect class=\"bar\" x=\"").append(fmt(i * slot + (slot - barWidth) / 2)).append("\" y=\"")
                    .append(fmt(height - h)).append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h))
                    .append("\"><title>").append(Html.escape(day + ": " + ShownText.count(counts[i], "article"))).append("</title></rect>");
        }
        svg.append("<line class=\"axis\" x1=\"0\" y1=\"").append(height).append("\" x2=\"").append(width).append("\" y2=\"").append(height).append("\"/>");
        svg.append("</svg>");
        return svg + "<div class=\"axis-labels\"><span>" + first + "</span><span>" + days.lastKey() + "</span></div>";
    }

    /** Horizontal bars for counts (sources, languages), largest first. */
    static String counts(Map<String, Integer> counts, String hrefPrefix) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder out = new StringBuilder("<ul class=\"counts\">");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String label = hrefPrefix == null ? Html.escape(e.getKey()) : Layout.link(hrefPrefix + Html.url(e.getKey()), e.getKey());
                    out.append("<li><span class=\"name\">").append(label).append("</span><svg class=\"meter\" viewBox=\"0 0 100 8\" ")
                            .append("preserveAspectRatio=\"none\"><rect x=\"0\" y=\"0\" height=\"8\" width=\"")
                            .append(fmt(100.0 * e.getValue() / max)).append("\"/></svg><span class=\"n\">").append(e.getValue()).append("</span></li>");
                });
        return out.append("</ul>").toString();
    }

    private static LocalDate start(SortedMap<LocalDate, Integer> days) {
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        return ChronoUnit.DAYS.between(first, last) >= MAX_DAYS ? last.minusDays(MAX_DAYS - 1) : first;
    }

    private static int[] series(SortedMap<LocalDate, Integer> days) {
        LocalDate first = start(days);
        int[] counts = new int[(int) ChronoUnit.DAYS.between(first, days.lastKey()) + 1];
        days.tailMap(first).forEach((d, n) -> counts[(int) ChronoUnit.DAYS.between(first, d)] += n);
        return counts;
    }

    private static int max(int[] counts) {
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
