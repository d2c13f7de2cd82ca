package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders an article's clean text as HTML paragraphs with its dates ({@code <mark class="timex">})
 * and entity mentions ({@code <a class="mention">}) highlighted. Text is escaped piece by piece;
 * spans with offsets outside the text or overlapping an earlier span are skipped. Stateless.
 */
final class Highlighter {

    private record Span(int start, int end, String open, String close) {
    }

    private Highlighter() {
    }

    static String render(Article a) {
        String text = a.text();
        List<Span> spans = new ArrayList<>();
        for (Timex t : a.timexes()) {
            spans.add(new Span(t.start(), t.end(), "<mark class=\"timex\" title=\"" + Html.escape(t.value() + " (" + t.granularity() + ")") + "\">", "</mark>"));
        }
        for (Mention m : a.mentions()) {
            String href = m.entity() == null ? null : "/entities/" + Html.url(m.entity());
            spans.add(href == null
                    ? new Span(m.start(), m.end(), "<mark class=\"mention\">", "</mark>")
                    : new Span(m.start(), m.end(), "<a class=\"mention\" href=\"" + Html.escape(href) + "\">", "</a>"));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        StringBuilder out = new StringBuilder("<p>");
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at || s.end() > text.length() || s.start() >= s.end()) {
                continue;
            }
            out.append(plain(text.substring(at, s.start())));
            out.append(s.open()).append(Html.escape(text.substring(s.start(), s.end()).replace('\n', ' '))).append(s.close());
            at = s.end();
        }
        out.append(plain(text.substring(at)));
        return out.append("</p>").toString();
    }

    /** Escaped text whose blank lines end paragraphs and whose single newlines break lines. */
    private static String plain(String segment) {
        return Html.escape(segment).replace("\r", "").replaceAll("\n{2,}", "</p><p>").replace("\n", "<br>");
    }
}
