package io.newsweave.server.ui;

import io.newsweave.server.HttpError;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The fixed set of static files bundled in the jar (CSS, JS) and the OpenAPI document, loaded into
 * memory at start. A request names a file only as a key of this set, so no request parameter ever
 * reaches a file system. Immutable.
 */
public final class Assets implements Routes {

    private static final Map<String, String> TYPES = Map.of(
            "newsweave.css", "text/css; charset=utf-8",
            "newsweave.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;
    private final byte[] openapi;

    public Assets() {
        java.util.HashMap<String, byte[]> loaded = new java.util.HashMap<>();
        TYPES.keySet().forEach(name -> loaded.put(name, load("/static/" + name)));
        this.files = Map.copyOf(loaded);
        this.openapi = load("/openapi.json");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/static/{name}", this::file);
        routes.get("/openapi.json", ctx -> ctx.contentType(Responses.JSON).result(openapi));
    }

    private void file(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = files.get(name);
        if (body == null) {
            throw HttpError.notFound("no such file");
        }
        ctx.header("Cache-Control", "public, max-age=300").contentType(TYPES.get(name)).result(body);
    }

    private static byte[] load(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
