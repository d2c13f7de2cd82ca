package io.newsweave.server.api;

import io.newsweave.server.Catalog;
import io.newsweave.server.Params;
import io.newsweave.server.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/events}: Server-Sent Events. Every client gets {@code hello} with the article
 * count on connecting, then {@code articles} events ({@code {"articles": N, "stories": [ids]}})
 * as articles arrive; with {@code ?story=ID}, only {@code story} events for that story. A comment
 * line every 15 s keeps proxies from closing idle streams. Thread-safe: clients are kept in a
 * concurrent set and each client's writes are serialized.
 */
public final class ChangeStream implements Routes {

    private record Client(SseClient sse, String story) {
    }

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final Catalog catalog;

    public ChangeStream(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.sse("/api/events", sse -> {
            String story = sse.ctx().queryParam("story");
            if (story != null && !Params.validId(story)) {
                sse.sendEvent("error", "story is not a valid id");
                sse.close();
                return;
            }
            Client client = new Client(sse, story);
            sse.keepAlive();
            sse.onClose(() -> clients.remove(client));
            clients.add(client);
            long articles;
            try {
                articles = catalog.current().articles();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            send(client, "hello", ApiJson.object().put("articles", articles).toString());
        });
    }

    public int size() {
        return clients.size();
    }

    /** Tells the clients what a refresh found. */
    public void publish(Catalog.Change change) {
        for (Client client : clients) {
            if (client.story() == null) {
                var body = ApiJson.object().put("articles", change.articles());
                var stories = body.putArray("stories");
                change.stories().stream().limit(100).forEach(stories::add);
                send(client, "articles", body.toString());
            } else if (change.stories().contains(client.story())) {
                send(client, "story", ApiJson.object().put("story", client.story()).put("articles", change.articles()).toString());
            }
        }
    }

    /** A comment to every client, so idle streams stay open and closed ones are noticed. */
    public void heartbeat() {
        for (Client client : clients) {
            synchronized (client) {
                try {
                    client.sse().sendComment("ping");
                } catch (RuntimeException e) {
                    drop(client);
                }
            }
        }
    }

    public void closeAll() {
        for (Client client : clients) {
            drop(client);
        }
    }

    private void send(Client client, String event, String data) {
        synchronized (client) {
            try {
                client.sse().sendEvent(event, data);
                if (client.sse().terminated()) {
                    clients.remove(client);
                }
            } catch (RuntimeException e) {
                drop(client);
            }
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        try {
            client.sse().close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
