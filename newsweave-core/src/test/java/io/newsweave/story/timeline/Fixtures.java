package io.newsweave.story.timeline;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made articles: mentions at every occurrence of their surface, timexes at the first. */
final class Fixtures {

    private Fixtures() {
    }

    static Article article(String id, String source, String language, String published, String text,
                           Map<String, String> entities, Map<String, String> dates) {
        List<Mention> mentions = new ArrayList<>();
        entities.forEach((surface, entity) -> {
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                mentions.add(new Mention(i, i + surface.length(), surface, entity));
            }
        });
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<Timex> timexes = new ArrayList<>();
        dates.forEach((surface, value) -> {
            int i = text.indexOf(surface);
            if (i < 0) {
                throw new IllegalArgumentException(surface + " not in " + id);
            }
            String granularity = value.length() == 10 ? "day" : value.length() == 7 ? "month" : "year";
            timexes.add(new Timex(i, i + surface.length(), surface, value, granularity, "published"));
        });
        timexes.sort(java.util.Comparator.comparingInt(Timex::start));
        Published p = published == null ? Published.UNKNOWN : new Published(LocalDate.parse(published), Provenance.METADATA, 1);
        return new Article(id, Origin.file(id + ".txt"), null, source, "", text, language, 1, p, mentions, timexes);
    }

    static final Map<String, String> PEOPLE = Map.of("Northport", "LOC-northport", "Ana Ruiz", "PER-ana-ruiz",
            "Transport Board", "ORG-transport-board");

    /** A bridge collapse reported in English, French and Spanish, then followed up in English. */
    static List<Article> bridgeStory() {
        return List.of(
                article("a1", "daily.example", "en", "2024-03-05",
                        "The Northport bridge collapsed on Monday after a barge struck it, Mayor Ana Ruiz said. "
                                + "Twelve people were injured and taken to hospital.\n\n"
                                + "Repairs to the Northport bridge will start on April 2 and cost 4.5 million euros. "
                                + "The bridge was built in 1931 and carried trains until the war.",
                        PEOPLE, Map.of("Monday", "2024-03-04", "April 2", "2024-04-02", "1931", "1931")),
                article("a2", "quotidien.example", "fr", "2024-03-05",
                        "Le pont de Northport s'est effondré lundi après le choc d'une barge, a déclaré la maire Ana Ruiz. "
                                + "Douze personnes ont été blessées.\n\n"
                                + "Les travaux sur le pont de Northport commenceront le 2 avril et coûteront 4,5 millions d'euros.",
                        PEOPLE, Map.of("lundi", "2024-03-04", "2 avril", "2024-04-02")),
                article("a3", "diario.example", "es", "2024-03-06",
                        "El puente de Northport se derrumbó el lunes tras el choque de una barcaza, según la alcaldesa Ana Ruiz. "
                                + "Doce personas resultaron heridas.",
                        PEOPLE, Map.of("el lunes", "2024-03-04")),
                article("a4", "daily.example", "en", "2024-03-07",
                        "Divers lifted the barge from the river on Wednesday, officials in Northport said. "
                                + "Investigators from the Transport Board examined the wreck of the Northport bridge.",
                        PEOPLE, Map.of("Wednesday", "2024-03-06")));
    }
}
