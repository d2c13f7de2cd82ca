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
