package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.newsweave.json.ViewJson;

import java.io.IOException;

/** Writes response bodies with their content types. Stateless. */
public final class Responses {

    public static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private Responses() {
    }

    public static void json(Context ctx, JsonNode node) throws IOException {
        ctx.contentType(JSON).result(ViewJson.bytes(node));
    }

    public static void html(Context ctx, String page) {
        ctx.contentType(HTML).result(page);
    }

    /** A page that depends only on its path, query and the store's state: rendered once per state ({@link PageCache}). */
    public static void html(Context ctx, Services services, PageRender page) throws Exception {
        services.pages().serve(ctx, HTML, () -> PageCache.utf8(page.render()));
    }

    /** An API answer that depends only on its path, query and the store's state: built once per state ({@link PageCache}). */
    public static void json(Context ctx, Services services, JsonRender node) throws Exception {
        services.pages().serve(ctx, JSON, () -> ViewJson.bytes(node.render()));
    }

    /** Renders a page; may throw what a route may. */
    @FunctionalInterface
    public interface PageRender {
        String render() throws Exception;
    }

    /** Builds an API answer; may throw what a route may. */
    @FunctionalInterface
    public interface JsonRender {
        JsonNode render() throws Exception;
    }

    static void error(Context ctx, HttpError error) {
        status(ctx, error);
        var body = io.newsweave.json.ViewJson.object();
        var e = body.putObject("error").put("status", error.status()).put("code", error.code()).put("message", error.getMessage());
        String id = ctx.attribute("newsweave.errorId");
        if (id != null) {
            e.put("id", id);
        }
        ctx.contentType(JSON).result(body.toString());
    }

    /** Sets the error's status, and its {@code Retry-After} header when it has one. */
    public static void status(Context ctx, HttpError error) {
        ctx.status(error.status());
        if (error.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(error.retryAfterSeconds()));
        }
    }
}
