package io.newsweave.entity;

import io.newsweave.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRecognizerTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<LocalEntity> find(String text, String language) {
        return recognizer.recognize(text, language);
    }

    private static Set<String> names(List<LocalEntity> entities) {
        return entities.stream().map(LocalEntity::name).collect(Collectors.toSet());
    }

    @Test
    void emptyTextHasNoEntities() {
        assertThat(find("", "en")).isEmpty();
        assertThat(find(null, "en")).isEmpty();
    }

    @Test
    void namesTitlesAndShortFormsOfOneArticleFormOneEntity() {
        String text = "US President Joe Biden spoke to Vladimir Putin on Tuesday. Later, President Biden said that Putin "
                + "had listened. Biden will travel to Geneva.";
        List<LocalEntity> found = find(text, "en");
        LocalEntity biden = found.stream().filter(e -> e.name().equals("Joe Biden")).findFirst().orElseThrow();
        assertThat(biden.type()).isEqualTo(EntityType.PERSON);
        assertThat(biden.mentions()).extracting(Surface::text).containsExactly("Joe Biden", "Biden", "Biden");
        assertThat(names(found)).contains("Vladimir Putin", "Geneva").doesNotContain("President", "Tuesday", "Later");
        for (LocalEntity e : found) {
            for (Surface s : e.mentions()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }

    @Test
    void sentenceStartsAndClutterLinesDoNotBecomeEntities() {
        String text = "Share\n\nWorld\n\nHowever, the talks went on in Moscow. To be sure, nobody expected a deal. "
                + "Ahead of the meeting the Kremlin was calm.\n\nRelated Topics Video Live Updates";
        Set<String> names = names(find(text, "en"));
        assertThat(names).contains("Moscow", "Kremlin").doesNotContain("Share", "World", "However", "To", "Ahead",
                "Related Topics Video Live Updates");
    }

    @Test
    void honorificsOfSeveralLanguagesAnnouncePeople() {
        assertThat(find("Selon M. Dupont, la réunion a eu lieu hier.", "fr")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        assertThat(find("Lo dijo la portavoz Ana Gómez en la rueda de prensa.", "es")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Ana Gómez"));
        assertThat(find("Das sagte der Sprecher Herr Schmidt am Morgen.", "de")).extracting(LocalEntity::name).contains("Schmidt");
    }

    @Test
    void aGermanCompoundEndingInARoleNounIsATitleBeforeTheName() {
        assertThat(find("Die Schweizer Skirennfahrerin Frieda Imboden hat die Abfahrt gewonnen.", "de")).extracting(LocalEntity::name)
                .contains("Frieda Imboden").doesNotContain("Schweizer Skirennfahrerin Frieda Imboden");
        assertThat(find("Die Firma hat den Aufsichtsratschef Heiner Brandt entlassen.", "de"))
                .filteredOn(e -> e.name().contains("Brandt")).singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Heiner Brandt");
                    assertThat(e.type()).isEqualTo(EntityType.PERSON);
                });
        // the run's last word is never a title: a surname ending like a role noun stays the name
        assertThat(find("Gestern sprach Hans Hofmeister vor der Presse.", "de")).extracting(LocalEntity::name).contains("Hans Hofmeister");
    }

    @Test
    void cyrillicNamesAreFoundAndInflectedFormsGroup() {
        List<LocalEntity> found = find("Президент России Владимир Путин заявил, что Путина поддержали в Москве.", "ru");
        LocalEntity putin = found.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(putin.name()).isEqualTo("Владимир Путин");
        assertThat(putin.mentions()).hasSize(2);
        assertThat(found).anySatisfy(e -> assertThat(e.known()).isEqualTo("LOC-moscow"));
    }

    @Test
    void countriesAndAcronymsAreTyped() {
        List<LocalEntity> found = find("The NATO summit in Poland was watched by the Maison Blanche and Allemagne.", "en");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("NATO");
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        });
        assertThat(found).anySatisfy(e -> assertThat(e.known()).isEqualTo("LOC-poland"));
    }

    @Test
    void namesSpanTwoConnectorsAndKeepCapitalizedStopWordsInsideSentences() {
        assertThat(find("Ayer el Congreso de los Diputados votó la ley con Estados Unidos como testigo.", "es"))
                .extracting(LocalEntity::name).contains("Congreso de los Diputados", "Estados Unidos");
        assertThat(find("Gisteren sprak Ursula von der Leyen in Brussel over de begroting.", "nl"))
                .anySatisfy(e -> {
                    assertThat(e.name()).isEqualTo("Ursula von der Leyen");
                    assertThat(e.type()).isEqualTo(EntityType.PERSON);
                });
        assertThat(find("Estos datos se publicaron ayer en Madrid.", "es")).extracting(LocalEntity::name).doesNotContain("Estos datos", "Estos");
    }

    @Test
    void loneNationalityAdjectivesAreOther() {
        assertThat(find("Volgens de krant wil het Franse leger meer geld, zei een woordvoerder in Parijs.", "nl"))
                .anySatisfy(e -> {
                    assertThat(e.name()).isEqualTo("Franse");
                    assertThat(e.type()).isEqualTo(EntityType.OTHER);
                });
    }

    @Test
    void randomAndGarbledTextNeverBreaksTheStage() {
        Random random = new Random(42);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                int kind = random.nextInt(10);
                b.append(kind < 5 ? (char) ('a' + random.nextInt(26)) : kind < 7 ? (char) ('A' + random.nextInt(26))
                        : kind < 8 ? " .,'’-\n\"«»".charAt(random.nextInt(10)) : (char) random.nextInt(0x500));
            }
            String text = b.toString();
            for (LocalEntity e : find(text, random.nextBoolean() ? "en" : "ru")) {
                for (Surface s : e.mentions()) {
                    assertThat(s.start()).isBetween(0, s.end());
                    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                }
            }
        }
    }

    @Test
    void registryMergesSpellingsAcrossLanguagesAndKeepsNamesakesApart() {
        EntityRegistry registry = new EntityRegistry();
        String a = id(registry, "en", "Yesterday Volodymyr Zelensky met Boris Johnson in London.", "Volodymyr Zelensky");
        String b = id(registry, "uk", "Вчора Володимир Зеленський зустрівся з журналістами.", "Володимир Зеленський");
        String c = id(registry, "de", "Gestern traf Wolodymyr Selenskyj die Presse.", "Wolodymyr Selenskyj");
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        String boris = id(registry, "en", "Yesterday Boris Johnson spoke.", "Boris Johnson");
        String lyndon = id(registry, "en", "In 1964 Lyndon Johnson spoke.", "Lyndon Johnson");
        assertThat(lyndon).isNotEqualTo(boris);
        String lone = id(registry, "en", "In Paris, Johnson spoke about taxes.", "Johnson");
        assertThat(lone).isNotEqualTo(boris).isNotEqualTo(lyndon);
        String withContext = id(registry, "en", "In London, Johnson spoke with Zelensky about it.", "Johnson");
        assertThat(withContext).isEqualTo(boris);
    }

    private String id(EntityRegistry registry, String language, String text, String name) {
        List<Mention> mentions = registry.resolve(language, recognizer.recognize(text, language));
        return mentions.stream().filter(m -> m.text().equals(name)).findFirst().orElseThrow().entity();
    }
}
