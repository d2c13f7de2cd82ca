package io.newsweave.server.ui;

import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.javalin.config.RoutesConfig;

/** The web UI's pages: server-rendered HTML, every untrusted value escaped, each rendered once per state of the store ({@link io.newsweave.server.PageCache}). */
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
        routes.get("/", ctx -> Responses.html(ctx, services, () -> front.render(ctx)));
        routes.get("/stories/{id}", ctx -> Responses.html(ctx, services, () -> story.render(ctx)));
        routes.get("/articles/{id}", ctx -> Responses.html(ctx, services, () -> article.render(ctx)));
        routes.get("/entities", ctx -> Responses.html(ctx, services, () -> entity.list(ctx)));
        routes.get("/entities/{id}", ctx -> Responses.html(ctx, services, () -> entity.one(ctx)));
        routes.get("/search", ctx -> Responses.html(ctx, services, () -> search.render(ctx)));
        SourcesPage sources = new SourcesPage(services);
        routes.get("/sources", ctx -> Responses.html(ctx, sources.render(ctx)));
    }
}
