package io.newsweave.server.api;

import io.newsweave.server.HttpError;
import io.newsweave.server.Ingester;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.newsweave.server.WriteGuard;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.model.Rejection;
import io.newsweave.store.StoredArticle;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /api/articles}: ingests a JSON object, a JSON array of objects, or JSON Lines
 * ({@code Content-Type: application/x-ndjson}). Needs the write token ({@link WriteGuard}); bodies
 * over the configured limit get 413. Answers 201 when something new was stored, 200 when all were
 * duplicates, 400 when every record was rejected (each rejection is quarantined, as in the CLI).
 */
public final class IngestApi implements Routes {

    private final Services services;

    public IngestApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/articles", this::ingest);
    }

    private void ingest(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean lines = type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/jsonlines");
        if (!lines && !type.startsWith("application/json")) {
            throw HttpError.unsupportedMediaType("send application/json or application/x-ndjson");
        }
        byte[] body = read(ctx, services.config().maxBodyBytes());
        Ingester.Outcome outcome = services.ingester().ingest(body, lines);
        services.metrics().ingested(outcome.ingested().size(), outcome.duplicates().size(), outcome.rejected().size());
        if (!outcome.ingested().isEmpty()) {
            services.catalog().refresh();
        }
        ObjectNode response = ApiJson.object();
        ArrayNode ingested = response.putArray("ingested");
        for (StoredArticle a : outcome.ingested()) {
            ingested.addObject().put("id", a.article().id()).put("story", a.story()).put("origin", a.article().origin().toString());
        }
        ArrayNode duplicates = response.putArray("duplicates");
        outcome.duplicates().forEach(d -> duplicates.addObject().put("id", d[0]).put("origin", d[1]));
        ArrayNode rejected = response.putArray("rejected");
        for (Rejection r : outcome.rejected()) {
            rejected.addObject().put("origin", r.origin().toString()).put("offset", r.offset()).put("reason", r.reason());
        }
        response.put("quarantined", outcome.rejected().size());
        if (outcome.ingested().isEmpty() && outcome.duplicates().isEmpty()) {
            response.putObject("error").put("status", 400).put("code", "rejected")
                    .put("message", outcome.rejected().isEmpty() ? "no articles in the body" : "every record was rejected");
            ctx.status(400);
        } else {
            ctx.status(outcome.ingested().isEmpty() ? 200 : 201);
        }
        Responses.json(ctx, response);
    }

    /** The body, refusing with 413 one that is larger than {@code limit}, by header or by count. */
    static byte[] read(Context ctx, long limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw HttpError.tooLarge("request body of " + declared + " bytes exceeds the limit of " + limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw HttpError.tooLarge("request body exceeds the limit of " + limit + " bytes");
            }
            return body;
        }
    }
}
