package io.newsweave.server.ui;

import io.newsweave.server.EntityView;
import io.newsweave.server.Html;
import io.newsweave.server.Params;
import io.newsweave.server.Services;
import io.newsweave.server.ShownText;
import io.newsweave.server.Slice;
import io.newsweave.server.Snapshot;
import io.newsweave.server.api.EntityApi;
import io.javalin.http.Context;
import io.newsweave.entity.EntityType;
import io.newsweave.story.StoryView;

import java.io.IOException;
import java.util.List;

/**
 * The entity list (with a name filter) and one entity: its type, variants (the 100 most used), languages and
 * stories, 50 a page ({@code ?page=}).
 */
final class EntityPage {

    private static final int VARIANTS = 100;
    private static final int STORIES = 50;

    private final Services services;

    EntityPage(Services services) {
        this.services = services;
    }

    String list(Context ctx) throws IOException {
        String q = Params.text(ctx, "q");
        List<EntityView> entities = EntityApi.matching(services.catalog().current(), q, 200);
        StringBuilder m = new StringBuilder("<h1>Entities</h1><form class=\"filter\" action=\"/entities\" method=\"get\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(Html.escape(q)).append("\" placeholder=\"Name or variant\">")
                .append("<button type=\"submit\">Find</button></form>");
        if (entities.isEmpty()) {
            m.append("<p class=\"muted\">No entities").append(q == null ? "" : " match " + "<q>" + Html.escape(q) + "</q>")
                    .append(". Entities appear here once the entity stage recognises names in the articles.</p>");
        } else {
            m.append("<div class=\"chips\">");
            for (EntityView e : entities) {
                m.append("<a class=\"chip\" href=\"/entities/").append(Html.escape(Html.url(e.id()))).append("\">")
                        .append(Html.escape(e.name())).append(" <small class=\"type\">")
                        .append(Html.escape(label(e.entity().type()))).append("</small> <b>").append(e.mentions()).append("</b></a>");
            }
            m.append("</div>");
        }
        return Layout.page("Entities", "", m.toString());
    }

    String one(Context ctx) throws IOException {
        Snapshot snapshot = services.catalog().current();
        EntityView e = EntityApi.find(snapshot, Params.id(ctx, "id"));
        Slice window = Slice.byPage(ctx, "page", e.stories().size(), STORIES);
        StringBuilder m = new StringBuilder("<h1>").append(Html.escape(e.name())).append("</h1><p class=\"meta\">")
                .append(Html.escape(label(e.entity().type()))).append("</p>");
        if (e.mentions() == 0) {
            m.append("<p class=\"muted\">No mentions of this entity yet.</p>");
            return Layout.page(e.name(), "", m.toString());
        }
        m.append("<p class=\"meta\">").append(Html.escape(ShownText.count(e.mentions(), "mention") + " in "
                + ShownText.count(e.stories().size(), "story", "stories"))).append("</p><h2>Variants</h2><div class=\"chips\">");
        List<String> variants = e.entity().variants();
        for (String v : variants.subList(0, Math.min(VARIANTS, variants.size()))) {
            m.append("<span class=\"chip\">").append(Html.escape(ShownText.clip(v, 100))).append(" <b>").append(e.entity().variantMentions().get(v))
                    .append("</b></span>");
        }
        if (variants.size() > VARIANTS) {
            m.append("<span class=\"muted small\">").append(Html.escape("and " + ShownText.count(variants.size() - VARIANTS, "other variant")))
                    .append("</span>");
        }
        m.append("</div><h2>Languages</h2>").append(Svg.counts(e.entity().languages(), null)).append("<h2 id=\"stories\">Stories</h2><ol class=\"stories\">");
        for (String id : window.of(e.stories())) {
            StoryView v = snapshot.byId().get(id);
            if (v != null) {
                m.append(FrontPage.item(v, snapshot));
            }
        }
        m.append("</ol>").append(new Pager("/entities/" + Html.url(e.id()), pageParam(ctx)).links("page", window, "stories", "story"));
        return Layout.page(e.name(), "", m.toString());
    }

    private static java.util.Map<String, String> pageParam(Context ctx) {
        String page = Params.text(ctx, "page");
        return page == null ? java.util.Map.of() : java.util.Map.of("page", page);
    }

    /** How a type reads on a page. */
    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case LOCATION -> "Place";
            case OTHER -> "Other";
        };
    }
}
