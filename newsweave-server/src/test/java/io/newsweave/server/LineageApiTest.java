package io.newsweave.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies through the API: posted, linked, shown on the article page, left out by "originals only". */
class LineageApiTest extends ServerFixtureTest {

    private static final String TEXT = "The Kestrel lighthouse on the northern cape was switched off on Thursday after a storm "
            + "cracked its lantern glass, the coastal authority said, leaving ships to rely on radio beacons for at least a week.\\n\\n"
            + "Engineers from the authority reached the tower by boat on Friday morning and said the damage was worse than first "
            + "reported, with water in the generator room and two of the four lamps broken beyond repair.\\n\\n"
            + "Fishing crews in the harbour below the cape said they would stay in port until the light was back, as the "
            + "channel between the reefs is narrow and the forecast promises more wind over the weekend.";

    private static String article(String source, String day, String extra) {
        return "{\"title\": \"Kestrel lighthouse dark after storm\", \"maintext\": \"" + TEXT + extra + "\", \"date_publish\": \"" + day
                + "\", \"language\": \"en\", \"source_domain\": \"" + source + "\", \"url\": \"https://" + day + ".example/kestrel\"}";
    }

    @Test
    void aCopyIsLinkedShownAndLeftOutOfOriginalsOnly() throws Exception {
        String body = "[" + article("coast.example", "2026-05-07", "") + ","
                + article("<b>mirror</b>.example", "2026-05-08", " Officials expect the repairs to cost about forty thousand euros and to take until the end of the month.") + "]";
        HttpResponse<String> posted = fx.post("/api/articles", "application/json", body, Fixture.TOKEN);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode ingested = Fixture.JSON.readTree(posted.body()).path("ingested");
        String original = ingested.get(0).path("id").asText();
        String copy = ingested.get(1).path("id").asText();

        JsonNode copied = Fixture.JSON.readTree(fx.get("/api/articles/" + copy).body());
        assertThat(copied.path("lineage").path("copy_of").asText()).isEqualTo(original);
        assertThat(copied.path("lineage").path("reused_share").asDouble()).isGreaterThan(0.8);
        JsonNode first = Fixture.JSON.readTree(fx.get("/api/articles/" + original).body());
        assertThat(first.path("lineage").path("copies").get(0).path("article").asText()).isEqualTo(copy);

        assertThat(Fixture.JSON.readTree(fx.get("/api/search?q=kestrel").body()).path("total").asInt()).isEqualTo(2);
        JsonNode originals = Fixture.JSON.readTree(fx.get("/api/search?q=kestrel&originals=true").body());
        assertThat(originals.path("total").asInt()).isEqualTo(1);
        assertThat(originals.path("hits").get(0).path("id").asText()).isEqualTo(original);
        assertThat(fx.get("/api/search?q=kestrel&originals=maybe").statusCode()).isEqualTo(400);

        String story = ingested.get(0).path("story").asText();
        JsonNode reports = Fixture.JSON.readTree(fx.get("/api/stories/" + story).body()).path("reports");
        assertThat(reports.path("independent").asInt()).isEqualTo(1);
        assertThat(reports.path("copies").asInt()).isEqualTo(1);
        assertThat(reports.path("outlets").path("<b>mirror</b>.example").path("copies").asInt()).isEqualTo(1);
        assertThat(fx.get("/stories/" + story).body()).contains("1 independent report, 1 copy and 0 translations")
                .contains("<td>&lt;b&gt;mirror&lt;/b&gt;.example</td>");

        String page = fx.get("/articles/" + original).body();
        assertThat(page).contains("republished 1 time by 1 outlet (&lt;b&gt;mirror&lt;/b&gt;.example)").doesNotContain("<b>mirror");
        assertThat(fx.get("/articles/" + copy).body()).contains("copy of <a href=\"/articles/" + original + "\">");
    }
}
