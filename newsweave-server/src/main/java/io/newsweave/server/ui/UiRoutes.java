package io.newsweave.server.ui;

import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.javalin.config.RoutesConfig;

/** The web UI's pages: server-rendered HTML, every untrusted value escaped. */
public final class UiRoutes implements Routes {

    private final Services services;

    public UiRoutes(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        FrontPage front = new FrontPage(services);
        StoryPage story = new StoryPage(services);
        ArticlePage article = new ArticlePage(services);
        EntityPage entity = new EntityPage(services);
        SearchPage search = new SearchPage(services);
        routes.get("/", ctx -> Responses.html(ctx, front.render(ctx)));
        routes.get("/stories/{id}", ctx -> Responses.html(ctx, story.render(ctx)));
        routes.get("/articles/{id}", ctx -> Responses.html(ctx, article.render(ctx)));
        routes.get("/entities", ctx -> Responses.html(ctx, entity.list(ctx)));
        routes.get("/entities/{id}", ctx -> Responses.html(ctx, entity.one(ctx)));
        routes.get("/search", ctx -> Responses.html(ctx, search.render(ctx)));
    }
}
