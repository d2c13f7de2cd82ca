package io.newsweave.server;

import java.util.List;
import java.util.Map;

/**
 * An entity as its mentions show it: the most frequent surface form as its name, every variant with
 * its count, the languages it was mentioned in and the stories that mention it. Built from article
 * mentions only; the entity stage will add types. Immutable.
 *
 * @param id       canonical entity id
 * @param name     most frequent surface form
 * @param variants surface form to mentions
 * @param languages language to mentions
 * @param mentions mentions in all
 * @param stories  ids of the stories that mention it
 */
record EntityView(String id, String name, Map<String, Integer> variants, Map<String, Integer> languages, int mentions,
                  List<String> stories) {

    EntityView {
        variants = Map.copyOf(variants);
        languages = Map.copyOf(languages);
        stories = List.copyOf(stories);
    }
}
