package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.ShownText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;

/**
 * Inline SVG charts of articles per day: a sparkline for story lists and a bar chart for a story's
 * timeline. Both always cover the whole span from the first to the last publication day, days
 * without articles counting as zero; a span longer than {@value #MAX_BARS} days is drawn in equal
 * bins of {@code k = ceil(days / }{@value #MAX_BARS}{@code )} consecutive days (the last bin ending on
 * the last day), so at most {@value #MAX_BARS} points or bars, each bar titled with its days and count.
 * Every label is escaped. Stateless.
 */
final class Svg {

    /** Most points of a sparkline and bars of a bar chart. */
    static final int MAX_BARS = 120;

    private Svg() {
    }

    /**
     * Article counts over a span of days in equal bins; built for one chart, its array is not shared.
     *
     * @param first  the first day of the span
     * @param last   the last day of the span
     * @param days   days in one bin (the last bin may end earlier, on {@code last})
     * @param counts articles per bin, in date order
     */
    private record Bins(LocalDate first, LocalDate last, int days, int[] counts) {

        /** The counts of {@code byDay} (not empty) from its first to its last day, in bins of as few days as fit {@value #MAX_BARS}. */
        static Bins of(SortedMap<LocalDate, Integer> byDay) {
            LocalDate first = byDay.firstKey();
            LocalDate last = byDay.lastKey();
            long span = ChronoUnit.DAYS.between(first, last) + 1;
            int days = (int) ((span + MAX_BARS - 1) / MAX_BARS);
            int[] counts = new int[(int) ((span + days - 1) / days)];
            byDay.forEach((d, n) -> counts[(int) (ChronoUnit.DAYS.between(first, d) / days)] += n);
            return new Bins(first, last, days, counts);
        }

        /** The first day of bin {@code i}. */
        LocalDate start(int i) {
            return first.plusDays((long) i * days);
        }

        /** The last day of bin {@code i}. */
        LocalDate end(int i) {
            LocalDate end = start(i).plusDays(days - 1L);
            return end.isAfter(last) ? last : end;
        }

        /** {@code 2011-02-14: 3 articles} for a bin of one day, {@code 2011-02-14 to 2011-02-20: 12 articles} otherwise. */
        String title(int i) {
            LocalDate start = start(i);
            LocalDate end = end(i);
            return (start.equals(end) ? start.toString() : start + " to " + end) + ": " + ShownText.count(counts[i], "article");
        }
    }

    /** A small area chart of the whole span, labelled with every dated article and its first and last days; "undated" when no article is dated. */
    static String sparkline(SortedMap<LocalDate, Integer> days, int width, int height) {
        if (days.isEmpty()) {
            return "<span class=\"spark none\">undated</span>";
        }
        int[] counts = Bins.of(days).counts();
        int max = max(counts);
        StringBuilder points = new StringBuilder();
        double step = counts.length == 1 ? 0 : (double) (width - 2) / (counts.length - 1);
        for (int i = 0; i < counts.length; i++) {
            double x = counts.length == 1 ? width / 2.0 : 1 + i * step;
            double y = height - 2 - (height - 4) * (double) counts[i] / max;
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
        }
        String label = ShownText.count(sum(counts), "dated article") + ", " + days.firstKey() + " to " + days.lastKey();
        String line = points.toString().strip();
        String area = counts.length == 1
                ? "<rect x=\"" + (width / 2 - 2) + "\" y=\"2\" width=\"4\" height=\"" + (height - 4) + "\" class=\"bar\"/>"
                : "<polygon class=\"area\" points=\"1," + (height - 2) + " " + line + " " + (width - 1) + "," + (height - 2) + "\"/>"
                + "<polyline class=\"line\" points=\"" + line + "\"/>";
        return "<svg class=\"spark\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\"><title>" + Html.escape(label) + "</title>" + area + "</svg>";
    }

    /** Bars per day, or per bin of days for a long span, with the first and last days under them. */
    static String bars(SortedMap<LocalDate, Integer> days) {
        if (days.isEmpty()) {
            return "<p class=\"muted\">No article of this story has a known publication date.</p>";
        }
        Bins bins = Bins.of(days);
        int[] counts = bins.counts();
        int max = max(counts);
        int width = 600;
        int height = 120;
        double slot = (double) width / counts.length;
        double barWidth = Math.max(1, slot * 0.8);
        String label = bins.days() == 1 ? "Articles per day" : "Articles per " + bins.days() + " days";
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" viewBox=\"0 0 " + width + " " + (height + 20)
                + "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double h = Math.max(3, (height - 4) * (double) counts[i] / max);
            svg.append("<rect class=\"bar\" x=\"").append(fmt(i * slot + (slot - barWidth) / 2)).append("\" y=\"")
                    .append(fmt(height - h)).append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h))
                    .append("\"><title>").append(Html.escape(bins.title(i))).append("</title></rect>");
        }
        svg.append("<line class=\"axis\" x1=\"0\" y1=\"").append(height).append("\" x2=\"").append(width).append("\" y2=\"").append(height).append("\"/>");
        svg.append("</svg>");
        return svg + "<div class=\"axis-labels\"><span>" + days.firstKey() + "</span><span>" + days.lastKey() + "</span></div>";
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
