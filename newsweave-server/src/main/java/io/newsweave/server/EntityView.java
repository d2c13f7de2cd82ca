package io.newsweave.server;

import io.newsweave.entity.EntitySummary;

import java.util.List;

/**
 * An entity as the server shows it: the core's {@link EntitySummary} (canonical name and type,
 * variants with counts, languages, mentions) and the stories that mention it. Immutable.
 *
 * @param entity  the entity
 * @param stories ids of the stories that mention it, in order of first mention
 */
public record EntityView(EntitySummary entity, List<String> stories) {

    public EntityView {
        stories = List.copyOf(stories);
    }

    /** An id nothing mentions. */
    public static EntityView unknown(String id) {
        return new EntityView(new EntitySummary(id, id, io.newsweave.entity.EntityType.ofId(id), List.of(), java.util.Map.of(), 0,
                java.util.Map.of()), List.of());
    }

    public String id() {
        return entity.id();
    }

    public String name() {
        return entity.name();
    }

    public int mentions() {
        return entity.mentions();
    }
}
