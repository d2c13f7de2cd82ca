package io.newsweave.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of English news articles over a small closed world, the shape that made
 * one story of a whole test set by chaining: 400 people (20 first names × 20 surnames), 20
 * cities, 10 companies, publication dates spread evenly over 2019–2023. Each article draws its
 * person, a second person, its city, its company, a theme and its date independently, so the set
 * holds no real story: any two articles share a name, a city or a company by chance only, and
 * every article links weakly to hundreds of others. A clustering that chains weak links makes one
 * story of it; one that does not leaves small stories of days or weeks.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}. Immutable and thread-safe.
 */
final class NameGridCorpus {

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);

    static final List<String> FIRST_NAMES = List.of("Anna", "Marek", "Olivia", "Tomas", "Leila", "Jonas", "Ines", "Viktor",
            "Sofia", "Rafael", "Nadia", "Henrik", "Clara", "Dmitri", "Amara", "Lukas", "Elena", "Samir", "Greta", "Pablo");
    static final List<String> SURNAMES = List.of("Kowalczyk", "Brandt", "Moreau", "Alvarez", "Haddad", "Lindqvist", "Okafor",
            "Petrov", "Castellano", "Weiss", "Duarte", "Novak", "Fischer", "Rinaldi", "Nakamura", "Sorensen", "Mendes", "Vargas",
            "Keller", "Dubois");
    static final List<String> CITIES = List.of("Lisbon", "Gdansk", "Rotterdam", "Valencia", "Lyon", "Hamburg", "Turin", "Porto",
            "Bristol", "Graz", "Seville", "Bordeaux", "Leipzig", "Malmo", "Cork", "Antwerp", "Krakow", "Bilbao", "Utrecht", "Aarhus");
    static final List<String> COMPANIES = List.of("Nordbank", "Helix Energy", "Atlantic Rail", "Veridian Pharma", "Solara Group",
            "Corvus Telecom", "Alpina Steel", "Tessaro Motors", "Brightwater Utilities", "Kestrel Air");
    private static final List<String> THEMES = List.of("contract", "investment", "factory", "lawsuit", "merger talks",
            "expansion plan", "pay dispute", "safety review", "share offer", "restructuring");
    private static final List<String> OUTLETS = List.of("dailyherald.example", "northpost.example", "metrowire.example",
            "coastaltimes.example");
    private static final List<String> TITLES = List.of(
            "{P} defends {O} {T} in {L}",
            "{O} unveils {T} as {P} visits {L}",
            "{L} council questions {O} over {T}",
            "{P}: {O} will not abandon {L}",
            "{O} {T} in {L} draws criticism from {Q}");
    private static final List<String> SENTENCES = List.of(
            "{P}, a senior executive at {O}, told reporters in {L} on {W} that the {T} was on schedule.",
            "The {T} was first announced on {D}, when {O} presented its plans to the city council of {L}.",
            "\"We have listened to the people of {L},\" {P} said, adding that {O} would publish the details soon.",
            "{Q}, who chairs the council's economic committee, said the {T} raised more questions than it answered.",
            "According to figures released by {O}, about {N} jobs in {L} depend on the outcome.",
            "Shares in {O} moved {X} in early trading after the news from {L}.",
            "Local unions in {L} said they had not been consulted about the {T}.",
            "{P} is due to meet {Q} again before the end of {M}.",
            "A spokesperson for {O} declined to comment further, citing confidential negotiations.",
            "Analysts said the {T} could be worth as much as {N} million euros over several years.",
            "Residents of {L} were divided, with some welcoming the {T} and others fearing more traffic.",
            "The regional government said it would review the {T} by {W}.");

    private final long seed;

    NameGridCorpus(long seed) {
        this.seed = seed;
    }

    /** Article {@code index} (0-based): title, body, date and the names it was drawn from. */
    SyntheticArticle article(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String person = name(r);
        String second = name(r);
        String city = SyntheticCorpus.pick(r, CITIES);
        String company = SyntheticCorpus.pick(r, COMPANIES);
        String theme = SyntheticCorpus.pick(r, THEMES);
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(days));
        String[] fill = {person, second, city, company, theme};
        String title = fill(r, SyntheticCorpus.pick(r, TITLES), fill, published);
        List<String> paragraphs = new ArrayList<>();
        int count = 3 + r.nextInt(3);
        List<String> order = new ArrayList<>(SENTENCES);
        for (int p = 0; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 2; s++) {
                String sentence = fill(r, order.remove(r.nextInt(order.size())), fill, published);
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
            }
            paragraphs.add(paragraph.toString());
        }
        String source = SyntheticCorpus.pick(r, OUTLETS);
        String url = "https://www." + source + "/" + published.toString().replace('-', '/') + "/"
                + SyntheticCorpus.slug(title) + "-" + index + ".html";
        return new SyntheticArticle(index, -1, "en", title, paragraphs, published, url, source);
    }

    private static String name(SplittableRandom r) {
        return SyntheticCorpus.pick(r, FIRST_NAMES) + " " + SyntheticCorpus.pick(r, SURNAMES);
    }

    private static String fill(SplittableRandom r, String template, String[] fill, LocalDate published) {
        Vocabulary en = Vocabulary.of("en");
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{' || i + 2 >= template.length() || template.charAt(i + 2) != '}') {
                out.append(c);
                continue;
            }
            char key = template.charAt(++i);
            i++;
            switch (key) {
                case 'P' -> out.append(fill[0]);
                case 'Q' -> out.append(fill[1]);
                case 'L' -> out.append(fill[2]);
                case 'O' -> out.append(fill[3]);
                case 'T' -> out.append(fill[4]);
                case 'D' -> out.append(SyntheticCorpus.datePhrase(en, published.minusDays(r.nextInt(1, 20))));
                case 'W' -> out.append(SyntheticCorpus.pick(r, en.weekdays()));
                case 'M' -> out.append(en.months().get(published.getMonthValue() - 1));
                case 'N' -> out.append(20 + r.nextInt(900));
                case 'X' -> out.append(r.nextInt(1, 9)).append('.').append(r.nextInt(10)).append('%');
                default -> throw new IllegalStateException("unknown placeholder {" + key + "} in " + template);
            }
        }
        return out.toString();
    }
}
