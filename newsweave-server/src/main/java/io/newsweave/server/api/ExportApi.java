package io.newsweave.server.api;

import io.newsweave.server.Params;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.export.Exporter;

import java.io.IOException;

/**
 * {@code GET /api/export?format=jsonl|json}: the whole store in the export contract, streamed from
 * the journal without caps (JSON Lines by default).
 */
public final class ExportApi implements Routes {

    private final Services services;

    public ExportApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/export", this::export);
    }

    private void export(Context ctx) throws IOException {
        String format = Params.oneOf(ctx, "format", "jsonl", "jsonl", "json");
        boolean lines = format.equals("jsonl");
        ctx.contentType(lines ? "application/x-ndjson; charset=utf-8" : Responses.JSON);
        ctx.header("Content-Disposition", "attachment; filename=\"newsweave-export." + format + "\"");
        Exporter.write(services.store(), lines ? Exporter.Format.JSONL : Exporter.Format.JSON, ctx.outputStream());
    }
}
