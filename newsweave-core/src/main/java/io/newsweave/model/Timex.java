package io.newsweave.model;

/**
 * A temporal expression in an article's text (TimeML TIMEX3).
 *
 * @param start       char offset of the first char in the article text
 * @param end         char offset after the last char
 * @param text        the surface text
 * @param value       normalized ISO 8601 / TIMEX3 value ({@code 2021-12-07}, {@code 2021-12},
 *                    {@code 2022}, {@code 2021-W49}, {@code 2021-Q4}, {@code 2021-12-07T15:07},
 *                    {@code P3D}, {@code XXXX-WXX-2}, {@code PAST_REF})
 * @param granularity {@code day}, {@code month}, {@code year}, {@code week}, {@code quarter},
 *                    {@code season}, {@code decade}, {@code century}, {@code time},
 *                    {@code duration}, {@code set} or {@code vague}
 * @param anchor      how it was anchored: {@code absolute}, {@code published} (relative to the
 *                    publication date) or {@code context} (relative to another date in the text)
 * @param type        TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param mod         TIMEX3 modifier ({@code START}, {@code MID}, {@code END}, {@code APPROX},
 *                    {@code LESS_THAN}, {@code MORE_THAN}), or {@code null}
 */
public record Timex(int start, int end, String text, String value, String granularity, String anchor,
                    String type, String mod) implements java.io.Serializable {

    /** A DATE without modifier. */
    public Timex(int start, int end, String text, String value, String granularity, String anchor) {
        this(start, end, text, value, granularity, anchor, "DATE", null);
    }

    /**
     * True when the expression names no point or length on the calendar: the references
     * {@code PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF} ("recently", "now") and unquantified
     * durations such as {@code PXD} ("in the coming days").
     */
    public boolean vague() {
        return value != null && (value.endsWith("_REF") || (value.startsWith("P") && value.contains("X")));
    }
}
