package io.newsweave.server.ui;

import io.newsweave.server.Html;
import io.newsweave.server.Params;
import io.newsweave.server.Services;
import io.newsweave.server.api.ArticleApi;
import io.javalin.http.Context;
import io.newsweave.model.Article;
import io.newsweave.model.Timex;
import io.newsweave.store.StoredArticle;
import io.newsweave.story.PerArticle;

import java.io.IOException;

/**
 * An article: its metadata, its clean text with dates and entities highlighted, and the lists of
 * both. The text is the cleaned plain text; the article's original HTML is never rendered.
 */
final class ArticlePage {

    private final Services services;

    ArticlePage(Services services) {
        this.services = services;
    }

    /** The article's lineage in words: "copy of …", "translation of …", "republished by 3 outlets …", "translated into fr, es". */
    private static void lineage(StringBuilder m, io.newsweave.lineage.LineageGraph.Lineage lineage) {
        if (lineage.isEmpty()) {
            return;
        }
        m.append("<dt>Lineage</dt><dd class=\"lineage\">");
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (lineage.copyOf() != null) {
            parts.add("copy of " + articleLink(lineage.copyOf()) + share(lineage.reusedShare()));
        }
        if (lineage.translationOf() != null) {
            parts.add("translation of " + articleLink(lineage.translationOf()));
        }
        if (lineage.reusedFrom() != null) {
            parts.add("reuses " + Math.round(lineage.reusedShare() * 100) + "% of its text from " + articleLink(lineage.reusedFrom()));
        }
        if (!lineage.copies().isEmpty()) {
            java.util.Set<String> outlets = lineage.outlets();
            parts.add("republished " + lineage.copies().size() + (lineage.copies().size() == 1 ? " time" : " times")
                    + (outlets.isEmpty() ? "" : " by " + outlets.size() + (outlets.size() == 1 ? " outlet (" : " outlets (")
                    + Html.escape(String.join(", ", outlets)) + ")"));
        }
        if (!lineage.translations().isEmpty()) {
            parts.add("translated into " + Html.escape(String.join(", ", lineage.languages())));
        }
        m.append(String.join("; ", parts)).append("</dd>");
    }

    private static String articleLink(String id) {
        return "<a href=\"/articles/" + Html.escape(Html.url(id)) + "\">" + Html.escape(id) + "</a>";
    }

    private static String share(Double share) {
        return share == null ? "" : " (" + Math.round(share * 100) + "% of its text)";
    }

    String render(Context ctx) throws IOException {
        StoredArticle stored = ArticleApi.find(services, Params.id(ctx, "id"));
        Article a = stored.article();
        StringBuilder m = new StringBuilder("<article class=\"article-page\"><header><h1>")
                .append(Html.escape(a.title().isEmpty() ? "(untitled)" : a.title())).append("</h1><dl class=\"facts\">");
        fact(m, "Source", a.source() == null ? "unknown" : a.source());
        fact(m, "Language", a.language() + " (confidence " + a.languageConfidence() + ")");
        fact(m, "Published", a.published().known()
                ? a.published().date() + " (from " + a.published().provenance().label() + ", confidence " + a.published().confidence() + ")"
                : "unknown");
        fact(m, "Origin", a.origin().toString());
        if (a.url() != null) {
            boolean web = a.url().startsWith("https://") || a.url().startsWith("http://");
            m.append("<dt>URL</dt><dd>").append(web
                    ? "<a rel=\"nofollow noopener noreferrer\" href=\"" + Html.escape(a.url()) + "\">" + Html.escape(a.url()) + "</a>"
                    : Html.escape(a.url())).append("</dd>");
        }
        m.append("<dt>Story</dt><dd><a href=\"/stories/").append(Html.escape(stored.story())).append("\">")
                .append(Html.escape(storyTitle(stored.story()))).append("</a></dd>");
        lineage(m, services.store().lineage().of(a.id()));
        m.append("</dl>");
        m.append("<p class=\"legend\"><mark class=\"timex\">date</mark> dates resolved from the text · ")
                .append("<span class=\"mention\">entity</span> entity mentions</p></header>");
        m.append("<div class=\"text\">").append(PerArticle.orElse("highlighted text", a.id(), () -> Highlighter.render(a), "<p>" + Html.escape(a.text()) + "</p>")).append("</div>");
        m.append("<section><h2>Dates in the text</h2>");
        if (a.timexes().isEmpty()) {
            m.append("<p class=\"muted\">None found.</p>");
        } else {
            m.append("<table class=\"timexes\"><thead><tr><th>Text</th><th>Value</th><th>Granularity</th><th>Anchored</th></tr></thead><tbody>");
            for (Timex t : a.timexes()) {
                m.append("<tr><td>").append(Html.escape(t.text())).append("</td><td>").append(Html.escape(t.value())).append("</td><td>")
                        .append(Html.escape(t.granularity())).append("</td><td>").append(Html.escape(t.anchor())).append("</td></tr>");
            }
            m.append("</tbody></table>");
        }
        m.append("</section><section><h2>Entities</h2>");
        if (a.mentions().isEmpty()) {
            m.append("<p class=\"muted\">No entity mentions recognised yet.</p>");
        } else {
            m.append("<div class=\"chips\">");
            a.mentions().stream().map(x -> x.entity() + "\u0000" + x.text()).distinct().forEach(key -> {
                String[] parts = key.split("\u0000", 2);
                m.append("<a class=\"chip\" href=\"/entities/").append(Html.escape(Html.url(parts[0]))).append("\">")
                        .append(Html.escape(parts[1])).append("</a>");
            });
            m.append("</div>");
        }
        m.append("</section><p><a href=\"/api/articles/").append(Html.escape(a.id())).append("\">JSON</a></p></article>");
        return Layout.page(a.title().isEmpty() ? "Article" : a.title(), "", m.toString());
    }

    private String storyTitle(String story) throws IOException {
        var view = services.catalog().current().byId().get(story);
        return view == null ? story : view.title();
    }

    private static void fact(StringBuilder m, String name, String value) {
        m.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }
}
