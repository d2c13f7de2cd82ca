package io.newsweave.server;

import io.newsweave.story.StoryView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the server knows of the store at one moment: stories in display order (largest first, then
 * latest), articles per day per story, entities and which entities each story mentions. Immutable;
 * replaced as a whole when articles arrive.
 *
 * @param articles      number of articles seen
 * @param stories       stories, largest first
 * @param byId          stories by id
 * @param days          story id to articles per publication day
 * @param entities      entity id to entity
 * @param storyEntities story id to entity id to mentions in that story
 */
public record Snapshot(long articles, List<StoryView> stories, Map<String, StoryView> byId,
                Map<String, SortedMap<LocalDate, Integer>> days, Map<String, EntityView> entities,
                Map<String, Map<String, Integer>> storyEntities) {

    static final Snapshot EMPTY = new Snapshot(0, List.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /** The story {@code id}; a 404 {@link HttpError} when there is none. */
    public StoryView story(String id) {
        StoryView story = byId.get(id);
        if (story == null) {
            throw HttpError.notFound("no story " + id);
        }
        return story;
    }

    public SortedMap<LocalDate, Integer> daysOf(String story) {
        return days.getOrDefault(story, java.util.Collections.emptySortedMap());
    }

    Map<String, Integer> entitiesOf(String story) {
        return storyEntities.getOrDefault(story, Map.of());
    }
}
