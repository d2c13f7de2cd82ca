package io.newsweave.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionsTest {

    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** "description -> entity name" for every resolved description of the text. */
    private List<String> resolved(String text, String language) {
        List<String> out = new ArrayList<>();
        for (LocalEntity e : recognizer.recognize(text, language)) {
            for (Surface s : e.descriptions()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                out.add(s.text() + " -> " + e.name());
            }
        }
        return out;
    }

    @Test
    void englishDescriptionsGoToThePersonTheTitlesMadeClear() {
        String text = "U.S. President Joe Biden called Russian President Vladimir Putin on Thursday. "
                + "The American president warned of sanctions. The Russian leader said the talks were useful. "
                + "Secretary of State Antony Blinken will travel to Geneva, where the secretary of state meets his peers.";
        assertThat(resolved(text, "en")).containsExactlyInAnyOrder(
                "The American president -> Joe Biden", "The Russian leader -> Vladimir Putin",
                "the secretary of state -> Antony Blinken");
    }

    @Test
    void appositionsGiveAndAreDescriptions() {
        String text = "Vladimir Putin, the Russian president, spoke first. Later the Russian president left.\n"
                + "The president of the United States, Joe Biden, answered. The head of American diplomacy Antony Blinken "
                + "was there too.";
        assertThat(resolved(text, "en")).containsExactlyInAnyOrder(
                "the Russian president -> Vladimir Putin", "the Russian president -> Vladimir Putin",
                "The president of the United States -> Joe Biden");
    }

    @Test
    void frenchSpanishGermanItalianAndDutchDescriptions() {
        assertThat(resolved("Le président américain Joe Biden a appelé Vladimir Poutine. Le président américain a menacé "
                + "Moscou, et le chef du Kremlin a répondu.", "fr"))
                .containsExactly("Le président américain -> Joe Biden");
        assertThat(resolved("El presidente estadounidense, Joe Biden, habló con el mandatario ruso Vladímir Putin. "
                + "Después, el presidente estadounidense advirtió a Moscú y el líder ruso respondió.", "es"))
                .containsExactlyInAnyOrder("El presidente estadounidense -> Joe Biden", "el presidente estadounidense -> Joe Biden",
                        "el líder ruso -> Vladímir Putin");
        assertThat(resolved("Der russische Präsident Wladimir Putin telefonierte mit US-Präsident Joe Biden. "
                + "Danach sagte der russische Präsident, das Gespräch sei gut gewesen.", "de"))
                .containsExactly("der russische Präsident -> Wladimir Putin");
        assertThat(resolved("Il presidente ucraino Volodymyr Zelensky ha parlato con Joe Biden. Il presidente ucraino "
                + "ha poi ringraziato gli alleati.", "it"))
                .containsExactly("Il presidente ucraino -> Volodymyr Zelensky");
        assertThat(resolved("De Duitse bondskanselier Olaf Scholz sprak met Emmanuel Macron. De Duitse kanselier "
                + "was tevreden.", "nl"))
                .containsExactly("De Duitse kanselier -> Olaf Scholz");
    }

    @Test
    void aCounterpartTakesTheRolesOfThePersonBeforeItWithItsOwnCountry() {
        assertThat(resolved("US President Joe Biden spoke with his Ukrainian counterpart Volodymyr Zelensky on Sunday. "
                + "The Ukrainian president thanked him.", "en"))
                .containsExactly("The Ukrainian president -> Volodymyr Zelensky");
        assertThat(resolved("Le président américain Joe Biden a reçu son homologue ukrainien Volodymyr Zelensky. "
                + "Le président ukrainien a remercié les alliés.", "fr"))
                .containsExactly("Le président ukrainien -> Volodymyr Zelensky");
        assertThat(resolved("Joe Biden spoke with his Ukrainian counterpart Volodymyr Zelensky. The Ukrainian president left.", "en"))
                .as("Biden holds no role here, so neither does his counterpart").isEmpty();
    }

    @Test
    void twoFittingPeopleOrNoEvidenceLeaveADescriptionUnresolved() {
        assertThat(resolved("Russian President Vladimir Putin met former Russian President Dmitry Medvedev and "
                + "Russian President Boris Yeltsin's widow. The Russian president spoke.", "en")).isEmpty();
        assertThat(resolved("Joe Biden spoke with Vladimir Putin. The Russian president said the talks were useful.", "en"))
                .isEmpty();
        assertThat(resolved("President Emmanuel Macron met Olaf Scholz. The American president was not invited.", "en"))
                .isEmpty();
        assertThat(resolved("Russian President Vladimir Putin spoke. Then the president left.", "en")).isEmpty();
    }

    @Test
    void aDescriptionBeforeAnyNameResolvesToNobody() {
        assertThat(resolved("The Russian president spoke first. Russian President Vladimir Putin then left.", "en")).isEmpty();
    }

    @Test
    void deputiesAndPluralsDescribeNobody() {
        assertThat(resolved("US Deputy Secretary of State Wendy Sherman met Sergei Ryabkov. The secretary of state was away. "
                + "The two leaders spoke.", "en")).isEmpty();
    }

    @Test
    void rolePhrasesWithoutANameAreNotNames() {
        List<LocalEntity> found = recognizer.recognize("Russian President Vladimir Putin spoke. The Russian President said more.", "en");
        assertThat(found).extracting(LocalEntity::name).doesNotContain("Russian President", "President");
    }

    @Test
    void emptyAndGarbledTextGiveNoDescriptions() {
        assertThat(resolved("", "en")).isEmpty();
        assertThat(resolved("the the president of of the , , the American", "en")).isEmpty();
        Random random = new Random(7);
        String alphabet = "aAbBpPrReEsSiIdDnNtT ,.'-\nthe president American Russia's of ";
        for (int n = 0; n < 200; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(300); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String lang : new String[] {"en", "fr", "de", "ru", "und"}) {
                recognizer.recognize(b.toString(), lang);
            }
        }
    }
}
