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
 * @param reference     the day activity is measured at: the newest publication day, never after today; {@code null} when none
 * @param activity      story id to its {@link Activity} at {@code reference}
 * @param active        stories, most active first ({@link StoryFilter.Sort#ACTIVITY})
 */
public record Snapshot(long articles, List<StoryView> stories, Map<String, StoryView> byId,
                Map<String, SortedMap<LocalDate, Integer>> days, Map<String, EntityView> entities,
                Map<String, Map<String, Integer>> storyEntities, LocalDate reference, Map<String, Activity> activity,
                List<StoryView> active) {

    static final Snapshot EMPTY = of(0, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), LocalDate.EPOCH);

    /** A snapshot with its activity measured at the newest publication day not after {@code today}. */
    static Snapshot of(long articles, List<StoryView> stories, Map<String, StoryView> byId,
                       Map<String, SortedMap<LocalDate, Integer>> days, Map<String, EntityView> entities,
                       Map<String, Map<String, Integer>> storyEntities, LocalDate today) {
        LocalDate reference = null;
        for (SortedMap<LocalDate, Integer> d : days.values()) {
            if (!d.isEmpty()) {
                SortedMap<LocalDate, Integer> upToToday = d.headMap(today.plusDays(1));
                if (!upToToday.isEmpty() && (reference == null || upToToday.lastKey().isAfter(reference))) {
                    reference = upToToday.lastKey();
                }
            }
        }
        Map<String, Activity> activity = new java.util.HashMap<>(stories.size() * 2);
        for (StoryView v : stories) {
            activity.put(v.id(), Activity.of(days.getOrDefault(v.id(), java.util.Collections.emptySortedMap()), reference));
        }
        record Keyed(StoryFilter.Key key, StoryView view) {
        }
        List<Keyed> keyed = new java.util.ArrayList<>(stories.size());
        for (StoryView v : stories) {
            keyed.add(new Keyed(StoryFilter.Key.of(v, activity.get(v.id()), StoryFilter.Sort.ACTIVITY), v));
        }
        keyed.sort(java.util.Comparator.comparing(Keyed::key));
        List<StoryView> active = new java.util.ArrayList<>(keyed.size());
        keyed.forEach(k -> active.add(k.view()));
        return new Snapshot(articles, stories, byId, days, entities, storyEntities, reference,
                java.util.Collections.unmodifiableMap(activity), java.util.Collections.unmodifiableList(active));
    }

    /** The stories in {@code sort}'s order. */
    List<StoryView> stories(StoryFilter.Sort sort) {
        return sort == StoryFilter.Sort.ACTIVITY ? active : stories;
    }

    /** The activity of story {@code id}. */
    public Activity activityOf(String id) {
        return activity.getOrDefault(id, Activity.NONE);
    }

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
