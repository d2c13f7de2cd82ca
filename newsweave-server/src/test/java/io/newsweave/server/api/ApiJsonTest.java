package io.newsweave.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsweave.entity.EntitySummary;
import io.newsweave.entity.EntityType;
import io.newsweave.server.EntityView;
import io.newsweave.server.Slice;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's entity shape: the summary's fields, variants with their counts, and a window of the stories with their count. */
class ApiJsonTest {

    private static final EntityView PUTIN = new EntityView(new EntitySummary("PER-vladimir-putin", "Vladimir Putin", EntityType.PERSON,
            List.of("Vladimir Putin", "Poutine"), Map.of("en", 2, "fr", 1), 3, Map.of("Vladimir Putin", 1, "Poutine", 1)),
            List.of("s1", "s2"));

    @Test
    void anEntityShowsItsTypeVariantsAndAWindowOfItsStories() {
        JsonNode node = ApiJson.entity(PUTIN, Slice.first(1, 2));
        assertThat(node.path("type").asText()).isEqualTo("PERSON");
        assertThat(node.path("mentions").asInt()).isEqualTo(3);
        assertThat(node.path("variants").get(1).path("text").asText()).isEqualTo("Poutine");
        assertThat(node.path("variants").get(1).path("mentions").asInt()).isEqualTo(1);
        assertThat(node.path("stories")).hasSize(1);
        assertThat(node.path("story_count").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownEntityHasNoStoriesAndNoVariants() {
        JsonNode node = ApiJson.entity(EntityView.unknown("ORG-nobody"), Slice.first(20, 0));
        assertThat(node.path("type").asText()).isEqualTo("ORGANIZATION");
        assertThat(node.path("variants")).isEmpty();
        assertThat(node.path("stories")).isEmpty();
    }
}
