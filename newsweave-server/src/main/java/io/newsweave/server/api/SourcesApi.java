package io.newsweave.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.server.HttpError;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.newsweave.server.SourceView;
import io.newsweave.watch.Source;
import io.newsweave.watch.WatchedSources;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/sources}: {@code GET} lists the watched sources with their health
 * ({@code {"sources": [...], "watching": true}}; an empty list when the server was started without
 * {@code --watch}); {@code POST} with a JSON object {@code {"url": ..., "kind": ..., "name": ...,
 * "lang": ..., "every": "10m"}} adds one (201; 400 when invalid, 409 when already watched);
 * {@code DELETE ?url=} removes one (200; 404 when not watched). Writes need the write token
 * ({@link io.newsweave.server.WriteGuard}) and rewrite the sources file.
 */
public final class SourcesApi implements Routes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Services services;

    public SourcesApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/sources", this::list);
        routes.post("/api/sources", this::add);
        routes.delete("/api/sources", this::remove);
    }

    /** The views of the watched sources, in file order; empty when not watching. */
    public static List<SourceView> views(WatchedSources watch) {
        if (watch == null) {
            return List.of();
        }
        Instant now = watch.now();
        return watch.list().stream().map(e -> SourceView.of(e.getKey(), e.getValue(), now)).toList();
    }

    private void list(Context ctx) throws IOException {
        ObjectNode answer = ApiJson.object();
        answer.set("sources", JSON.valueToTree(views(services.watch())));
        answer.put("watching", services.watch() != null);
        Responses.json(ctx, answer);
    }

    private WatchedSources watching() {
        if (services.watch() == null) {
            throw HttpError.conflict("not_watching", "this server watches no sources: start it with serve --watch SOURCES");
        }
        return services.watch();
    }

    private void add(Context ctx) throws IOException {
        WatchedSources watch = watching();
        JsonNode body;
        try {
            body = JSON.readTree(IngestApi.read(ctx, 64 * 1024));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw HttpError.badRequest("body is not valid JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw HttpError.badRequest("send a JSON object with url and optional kind, name, lang, every");
        }
        Source source;
        try {
            source = WatchedSources.parse(text(body, "url"), text(body, "kind"), text(body, "name"), text(body, "lang"),
                    text(body, "every"));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        boolean known = watch.list().stream().anyMatch(e -> e.getKey().key().equals(source.key()));
        if (known) {
            throw HttpError.conflict("exists", "source " + source.key() + " is already watched");
        }
        watch.add(source);
        ctx.status(201);
        ObjectNode answer = ApiJson.object();
        answer.set("source", JSON.valueToTree(views(watch).stream().filter(v -> v.url().equals(source.key())).findFirst().orElseThrow()));
        Responses.json(ctx, answer);
    }

    private void remove(Context ctx) throws IOException {
        WatchedSources watch = watching();
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw HttpError.badRequest("give the source to remove as ?url=");
        }
        boolean removed;
        try {
            removed = watch.remove(url);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("not an http(s) URL: " + e.getMessage());
        }
        if (!removed) {
            throw HttpError.notFound("no watched source " + url);
        }
        Responses.json(ctx, ApiJson.object().put("removed", url));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw HttpError.badRequest(field + " must be a string");
        }
        return value.asText();
    }
}
