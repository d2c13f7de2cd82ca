package io.newsweave.server;

import io.javalin.config.RoutesConfig;

/** A group of endpoints that registers itself on the server's routes. */
public interface Routes {

    void register(RoutesConfig routes);
}
