package io.newsweave.server.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The articles-per-day charts cover the whole span of a story, in bins of days when it is long. */
class SvgTest {

    private static final Pattern TITLE = Pattern.compile("<rect class=\"bar\"[^>]*><title>([^<]*)</title></rect>");
    private static final Pattern COUNT = Pattern.compile(": (\\d+) articles?$");
    private static final Pattern AXIS = Pattern.compile("<div class=\"axis-labels\"><span>([^<]*)</span><span>([^<]*)</span></div>");
    private static final LocalDate FIRST = LocalDate.of(2011, 2, 14);

    private static List<String> titles(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TITLE.matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int sumOfCounts(List<String> titles) {
        int sum = 0;
        for (String t : titles) {
            Matcher m = COUNT.matcher(t);
            assertThat(m.find()).as(t).isTrue();
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static List<String> axis(String svg) {
        Matcher m = AXIS.matcher(svg);
        assertThat(m.find()).as(svg).isTrue();
        return List.of(m.group(1), m.group(2));
    }

    /** Articles on 200 days from 2011-02-14 to 2011-09-01: 3 on the first day, none the next, then 1 to 4 every third day, 2 on the last. */
    private static SortedMap<LocalDate, Integer> twoHundredDays() {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        days.put(FIRST, 3);
        for (int i = 3; i < 198; i += 3) {
            days.put(FIRST.plusDays(i), i % 4 + 1);
        }
        days.put(FIRST.plusDays(199), 2);
        return days;
    }

    private static int total(SortedMap<LocalDate, Integer> days) {
        return days.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void aLongSpanIsDrawnWholeInBinsOfDays() {
        SortedMap<LocalDate, Integer> days = twoHundredDays();
        assertThat(days.lastKey()).isEqualTo(LocalDate.of(2011, 9, 1));
        String svg = Svg.bars(days);
        List<String> titles = titles(svg);
        // 200 days in bins of ceil(200 / 120) = 2 days: 100 bins, the empty ones without a bar
        assertThat(titles).hasSizeLessThanOrEqualTo(Svg.MAX_BARS).hasSizeGreaterThan(50);
        assertThat(titles.getFirst()).isEqualTo("2011-02-14 to 2011-02-15: 3 articles");
        assertThat(titles.getLast()).isEqualTo("2011-08-31 to 2011-09-01: 2 articles");
        assertThat(sumOfCounts(titles)).isEqualTo(total(days));
        assertThat(axis(svg)).containsExactly("2011-02-14", "2011-09-01");
        assertThat(svg).contains("aria-label=\"Articles per 2 days\"");
    }

    @Test
    void aLongSpansSparklineCountsEveryDatedArticleFromTheFirstDay() {
        SortedMap<LocalDate, Integer> days = twoHundredDays();
        String spark = Svg.sparkline(days, 120, 32);
        assertThat(spark).contains("aria-label=\"" + total(days) + " dated articles, 2011-02-14 to 2011-09-01\"");
        Matcher points = Pattern.compile("<polyline class=\"line\" points=\"([^\"]*)\"").matcher(spark);
        assertThat(points.find()).isTrue();
        assertThat(points.group(1).split(" ")).hasSize(100);
    }

    @Test
    void aSpanOneDayLongerThanTheBarsEndsWithABinOfOneDay() {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        days.put(FIRST, 1);
        days.put(FIRST.plusDays(Svg.MAX_BARS), 5);
        List<String> titles = titles(Svg.bars(days));
        assertThat(titles).containsExactly("2011-02-14 to 2011-02-15: 1 article", FIRST.plusDays(Svg.MAX_BARS) + ": 5 articles");
    }

    @Test
    void aShortSpanHasOneBarPerDay() {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        days.put(LocalDate.of(2021, 12, 4), 1);
        days.put(LocalDate.of(2021, 12, 7), 2);
        String svg = Svg.bars(days);
        assertThat(titles(svg)).containsExactly("2021-12-04: 1 article", "2021-12-07: 2 articles");
        // four days, four slots of 150: the bar of the fourth day starts at 3 × 150 + 15
        assertThat(svg).contains("x=\"465.0\"").contains("aria-label=\"Articles per day\"");
        assertThat(axis(svg)).containsExactly("2021-12-04", "2021-12-07");
        assertThat(Svg.sparkline(days, 120, 32)).contains("aria-label=\"3 dated articles, 2021-12-04 to 2021-12-07\"")
                .containsPattern("<polyline class=\"line\" points=\"\\S+ \\S+ \\S+ \\S+\"/>");
    }

    @Test
    void aSingleDayIsOneBar() {
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        days.put(LocalDate.of(2021, 12, 7), 1);
        String svg = Svg.bars(days);
        assertThat(titles(svg)).containsExactly("2021-12-07: 1 article");
        assertThat(axis(svg)).containsExactly("2021-12-07", "2021-12-07");
        assertThat(Svg.sparkline(days, 120, 32)).contains("aria-label=\"1 dated article, 2021-12-07 to 2021-12-07\"")
                .contains("class=\"bar\"").doesNotContain("polyline");
    }

    @Test
    void noDatedArticleDrawsNoChart() {
        SortedMap<LocalDate, Integer> none = new TreeMap<>();
        assertThat(Svg.bars(none)).isEqualTo("<p class=\"muted\">No article of this story has a known publication date.</p>");
        assertThat(Svg.sparkline(none, 120, 32)).isEqualTo("<span class=\"spark none\">undated</span>");
    }
}
