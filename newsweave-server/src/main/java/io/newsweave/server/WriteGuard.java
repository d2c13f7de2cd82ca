package io.newsweave.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards every request that is not {@code GET}, {@code HEAD} or {@code OPTIONS}: without a token in
 * the configuration the server is read-only (403); otherwise the request must carry it as
 * {@code Authorization: Bearer <token>} or {@code X-Newsweave-Token} (401 when absent, 403 when
 * wrong; compared in constant time). Immutable.
 */
public final class WriteGuard implements Routes {

    private final byte[] token;

    WriteGuard(ServerConfig config) {
        this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(this::check);
    }

    private void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        if (token == null) {
            throw HttpError.forbidden("this server is read-only: start it with a write token to accept " + method);
        }
        String given = presented(ctx);
        if (given == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsweave\"");
            throw HttpError.unauthorized("a write token is required: send Authorization: Bearer <token>");
        }
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw HttpError.forbidden("the write token is not valid");
        }
    }

    private static String presented(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        String header = ctx.header("X-Newsweave-Token");
        return header == null || header.isBlank() ? null : header.strip();
    }
}
