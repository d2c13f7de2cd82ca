package io.newsweave.server.api;

import io.newsweave.server.HttpError;
import io.newsweave.server.Params;
import io.newsweave.server.Responses;
import io.newsweave.server.Routes;
import io.newsweave.server.Services;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsweave.store.ArticleIndex;
import io.newsweave.store.ArticleQuery;
import io.newsweave.store.SearchBusyException;
import io.newsweave.store.SearchResult;
import io.newsweave.store.SearchTimeoutException;

import java.io.IOException;

/**
 * {@code GET /api/search}: Lucene query syntax in {@code q} over titles and texts, filters
 * {@code language, source, entity, story, from, to}, paging by {@code offset} and {@code limit},
 * facets by language, source, entity and date over all matches. Each search is bounded: see
 * {@link #run}.
 */
public final class SearchApi implements Routes {

    /** When a search refused as busy may be retried: the running ones end within their budget. */
    private static final int BUSY_RETRY_SECONDS = (int) Math.max(1, ArticleIndex.SEARCH_BUDGET.toSeconds());

    private final Services services;

    public SearchApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/search", ctx -> Responses.json(ctx, services, () -> search(ctx)));
    }

    /**
     * The search a request asks for, with {@code originals=true} leaving out the copies and
     * translations of other articles (the store's lineage as of now); a 400 when it is malformed.
     */
    public static ArticleQuery query(Services services, Context ctx, int defaultLimit) {
        ArticleQuery query = query(ctx, defaultLimit);
        return Params.oneOf(ctx, "originals", "false", "true", "false").equals("true")
                ? query.excluding(services.store().lineage().notOriginal()) : query;
    }

    /** The search a request asks for, copies included; a 400 when it is malformed. */
    public static ArticleQuery query(Context ctx, int defaultLimit) {
        try {
            return new ArticleQuery(Params.text(ctx, "q"), Params.text(ctx, "language"), Params.text(ctx, "source"),
                    Params.text(ctx, "entity"), Params.optionalId(ctx, "story"), Params.date(ctx, "from"), Params.date(ctx, "to"),
                    Params.integer(ctx, "offset", 0, 0, ArticleQuery.MAX_WINDOW),
                    Params.integer(ctx, "limit", defaultLimit, 0, 100), false);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    /**
     * Runs a search: a query the parser or the complexity limits refuse is a 400, one that runs
     * out of time a 503, one refused while the expanding searches are all running a 503 with
     * {@code Retry-After}.
     */
    public static SearchResult run(Services services, ArticleQuery query) throws IOException {
        try {
            return services.store().index().search(query);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        } catch (SearchTimeoutException e) {
            throw HttpError.unavailable("search_timeout", e.getMessage(), 0);
        } catch (SearchBusyException e) {
            throw HttpError.unavailable("search_busy", e.getMessage(), BUSY_RETRY_SECONDS);
        }
    }

    private JsonNode search(Context ctx) throws IOException {
        ArticleQuery query = query(services, ctx, 20);
        SearchResult result = run(services, query);
        ObjectNode body = ApiJson.object();
        body.put("query", query.text());
        body.put("total", result.total());
        body.put("offset", query.offset());
        int next = query.offset() + result.hits().size();
        if (next < result.total() && next + query.limit() <= ArticleQuery.MAX_WINDOW && !result.hits().isEmpty()) {
            body.put("next_offset", next);
        } else {
            body.putNull("next_offset");
        }
        ArrayNode hits = body.putArray("hits");
        for (SearchResult.Hit hit : result.hits()) {
            hits.add(ApiJson.articleSummary(hit.article()).put("score", hit.score()));
        }
        ObjectNode facets = body.putObject("facets");
        result.facets().forEach((name, counts) -> {
            ObjectNode f = facets.putObject(name);
            counts.forEach(f::put);
        });
        return body;
    }
}
