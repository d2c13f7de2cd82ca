package io.newsweave.server;

import io.javalin.config.RoutesConfig;

/** The web UI's pages: server-rendered HTML, every untrusted value escaped. */
final class UiRoutes implements Routes {

    private final Services services;

    UiRoutes(Services services) {
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
