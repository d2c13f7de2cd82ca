package io.newsweave.server;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.Timex;
import io.newsweave.store.Store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news for size tests: one story of many articles written straight into a store with a
 * fixed story id (this tests serving, not clustering). The articles read like wire copy about one
 * developing story (a harbour strike in the invented port of Velmora): named people and
 * organisations as mentions, dates as timexes, and quotes, over weeks, from a dozen outlets in
 * three languages. Deterministic for a seed.
 */
final class LongStory {

    private static final String[] OUTLETS = {"harbourwire.example", "velmora-post.example", "coastal-times.example",
            "le-quotidien.example", "diario-sur.example", "northsea-news.example", "the-ledger.example", "radio-velmora.example",
            "port-daily.example", "evening-star.example", "la-voz.example", "le-matin.example"};
    private static final String[] PEOPLE = {"Ines Okafor", "Marek Lindqvist", "Teodora Vance", "Samuel Achterberg"};
    private static final String[] ROLES = {"the mayor", "the union leader", "the port director", "the transport minister"};
    private static final String[] TOPICS = {"the overnight shift", "container cranes", "ferry crossings", "grain exports",
            "fuel deliveries", "the pay offer", "mediation talks", "emergency cargo", "the picket line", "night inspections"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private LongStory() {
    }

    /** Adds {@code n} articles to story {@code story} (ids {@code prefix} + number) and makes them searchable. */
    static void write(Store store, String story, String prefix, int n, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2025, 3, 3);
        for (int i = 0; i < n; i++) {
            store.add(article(prefix, i, start.plusDays(i * 60L / Math.max(1, n) + random.nextInt(3)), random), story, List.of());
        }
        store.commit();
        store.index().refresh();
    }

    static Article article(String prefix, int i, LocalDate published, Random random) {
        int who = random.nextInt(PEOPLE.length);
        int other = (who + 1 + random.nextInt(PEOPLE.length - 1)) % PEOPLE.length;
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        LocalDate mentioned = published.minusDays(random.nextInt(3));
        String day = DAYS[mentioned.getDayOfWeek().getValue() - 1];
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        text.append("Dock workers in Velmora kept up their strike on ");
        timexes.add(new Timex(text.length(), text.length() + day.length(), day, mentioned.toString(), "day", "published"));
        text.append(day).append(", as ");
        mentions.add(new Mention(text.length(), text.length() + PEOPLE[who].length(), PEOPLE[who], entity(who)));
        text.append(PEOPLE[who]).append(", ").append(ROLES[who]).append(", met ");
        mentions.add(new Mention(text.length(), text.length() + PEOPLE[other].length(), PEOPLE[other], entity(other)));
        text.append(PEOPLE[other]).append(" to discuss ").append(topic).append(". ");
        text.append("The Velmora Port Authority said ").append(2 + random.nextInt(40)).append(" ships were waiting offshore.\n\n");
        String quote = "We will not reopen " + topic + " until the workers are heard";
        text.append('"').append(quote).append(",\" said ");
        mentions.add(new Mention(text.length(), text.length() + PEOPLE[who].length(), PEOPLE[who], entity(who)));
        text.append(PEOPLE[who]).append(".\n\n");
        String next = mentioned.plusDays(7).toString();
        text.append("Talks are expected to resume on ");
        String surface = mentioned.plusDays(7).getDayOfMonth() + " " + month(mentioned.plusDays(7));
        timexes.add(new Timex(text.length(), text.length() + surface.length(), surface, next, "day", "absolute"));
        text.append(surface).append(", according to a statement from the union. ");
        for (int s = 0; s < 4; s++) {
            text.append("Traders in the city reported that ").append(TOPICS[random.nextInt(TOPICS.length)])
                    .append(" had been delayed by ").append(1 + random.nextInt(12)).append(" hours. ");
        }
        String language = i % 7 == 0 ? "fr" : i % 11 == 0 ? "es" : "en";
        String id = String.format("%s%06d", prefix, i);
        String title = "Velmora strike: " + PEOPLE[who] + " and " + PEOPLE[other] + " discuss " + topic + " (report " + i + ")";
        return new Article(id, new Origin("velmora.jsonl", i + 1L), "https://news.example/" + id, OUTLETS[random.nextInt(OUTLETS.length)],
                title, text.toString(), language, 0.9, new Published(published, Provenance.METADATA, 1), mentions, timexes);
    }

    private static String entity(int person) {
        return "e-" + PEOPLE[person].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static String month(LocalDate d) {
        String m = d.getMonth().name();
        return m.charAt(0) + m.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
