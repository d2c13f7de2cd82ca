package io.newsweave.clean.html;

import java.util.Locale;

/**
 * Strips a site name from a page title: {@code "Headline | Site"}, {@code "Headline - Site"},
 * {@code "Site: Headline"} and the like. When the site name is known only a matching part is
 * removed; otherwise the last part after a separator goes if what remains is still a plausible
 * headline. Does not touch separators inside the headline proper; stateless.
 */
final class TitleCleaner {

    private static final String[] SEPARATORS = {" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " / ", " • ", ": "};
    private static final int MIN_HEADLINE = 15;

    private TitleCleaner() {
    }

    static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title;
        if (siteName != null && !siteName.isBlank()) {
            String stripped = stripKnown(t, siteName.trim());
            if (stripped != null) {
                return stripped;
            }
        }
        return stripLastPart(t);
    }

    /** Removes the site name as a trailing or leading part; {@code null} when it is not there. */
    static String stripKnown(String title, String site) {
        String lower = title.toLowerCase(Locale.ROOT);
        String s = site.toLowerCase(Locale.ROOT);
        if (lower.length() != title.length()) {
            return null;
        }
        for (String sep : SEPARATORS) {
            String trimmed = sep.trim();
            if (lower.endsWith(sep + s) || lower.endsWith(trimmed + s)) {
                int cut = lower.lastIndexOf(trimmed, lower.length() - s.length());
                String head = title.substring(0, cut).strip();
                if (!head.isEmpty()) {
                    return head;
                }
            }
            if (lower.startsWith(s + sep) || lower.startsWith(s + trimmed + " ")) {
                String tail = title.substring(title.indexOf(trimmed, s.length()) + trimmed.length()).strip();
                if (!tail.isEmpty()) {
                    return tail;
                }
            }
        }
        return null;
    }

    /** Without a site name: drops the last " | part" when the rest is long enough. */
    static String stripLastPart(String title) {
        for (String sep : new String[] {" | ", " – ", " — ", " - ", " :: ", " · ", " • "}) {
            int at = title.lastIndexOf(sep);
            if (at >= MIN_HEADLINE && title.length() - at - sep.length() <= at) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }
}
