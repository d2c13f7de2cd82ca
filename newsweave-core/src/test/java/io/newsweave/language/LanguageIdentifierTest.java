package io.newsweave.language;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = new LanguageIdentifier(LanguageConfig.defaults());
    }

    @Test
    void newsLeadsInSeveralLanguagesAreRecognised() {
        assertThat(identifier.identify("Le gouvernement annonce un nouveau budget",
                "Le ministre des Finances a présenté mardi un budget qui prévoit une baisse des impôts pour les ménages.", null).code()).isEqualTo("fr");
        assertThat(identifier.identify("El Gobierno aprueba los presupuestos",
                "El Consejo de Ministros aprobó este martes el proyecto de presupuestos para el próximo año.", null).code()).isEqualTo("es");
        assertThat(identifier.identify("Regierung legt Haushalt vor",
                "Der Finanzminister hat am Dienstag einen Haushalt vorgestellt, der Steuersenkungen vorsieht.", null).code()).isEqualTo("de");
        assertThat(identifier.identify("Government unveils its budget",
                "The finance minister on Tuesday presented a budget that cuts taxes for households.", null).code()).isEqualTo("en");
        assertThat(identifier.identify("Правительство представило бюджет",
                "Министр финансов во вторник представил бюджет, который предусматривает снижение налогов.", null).code()).isEqualTo("ru");
        assertThat(identifier.identify("Уряд представив бюджет",
                "Міністр фінансів у вівторок представив бюджет, який передбачає зниження податків для родин.", null).code()).isEqualTo("uk");
    }

    @Test
    void confidenceIsKept() {
        DetectedLanguage detected = identifier.identify("Government unveils its budget",
                "The finance minister on Tuesday presented a budget that cuts taxes for households.", null);
        assertThat(detected.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void emptyOrTooShortTextIsUndeterminedUnlessDeclared() {
        assertThat(identifier.identify("", "", null).code()).isEqualTo("und");
        assertThat(identifier.identify(null, null, null).code()).isEqualTo("und");
        assertThat(identifier.identify("OK", "", "fr-FR").code()).isEqualTo("fr");
        assertThat(identifier.identify("123 456", "!!!", "xx").code()).isEqualTo("und");
    }

    @Test
    void randomNoiseNeverThrowsAndGivesAKnownCodeOrUnd() {
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < random.nextInt(400); i++) {
                noise.appendCodePoint(random.nextInt(0x3000));
            }
            DetectedLanguage detected = identifier.identify(null, noise.toString(), null);
            assertThat(detected.code()).matches("[a-z]{2}|und");
        }
    }

    @Test
    void unknownConfiguredLanguageFailsFast() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageIdentifier(
                new LanguageConfig(java.util.Set.of("en", "qq"), 0.5, 300))).isInstanceOf(IllegalArgumentException.class);
    }
}
