package io.newsweave.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsweave.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, times, nouns and impossible days that look like dates but are not. */
class NotADateTest {

    private static final PublicationDater DATER = new PublicationDater();

    @ParameterizedTest(name = "\"{0}\" holds no date")
    @ValueSource(strings = {
        "More than 13,000 people have died.",
        "Leaders met at the G20 summit.",
        "Russia has massed 175 000 soldiers on the border.",
        "A force of 2000 soldiers arrived.",
        "The 32 December 2021 deadline is fictional.",
        "Nothing happened on February 30, 2021 at all.",
        "Los ministros se reunieron por la mañana.",
        "Am Morgen demonstrierten Tausende.",
        "Der Minister ist hier und spricht mit der Presse.",
        "They may 5 times refuse.",
        "Il a remporté la deuxième place, la 2e fois.",
        "Foi a segunda vez que o ministro falou.",
        "The score was 12-10 after 7 rounds.",
        "Plácido Domingo cantó en Madrid.",
        "Version 2021.3 was released with 1900 fixes.",
        "Resolution 1973 was approved by the UN Security Council.",
        "The council voted on resolution 2022 after a long debate.",
        "Passengers of Flight 2019 were rescued.",
        "The figures are on page 2010 of the report.",
        "La résolution 1973 du Conseil de sécurité autorise l'usage de la force.",
        "El artículo 2002 del código fue derogado.",
        "Der Artikel 1990 des Gesetzes gilt weiter.",
        "The Boeing 737 and the Airbus A320 were grounded.",
        "The virus that causes COVID-19 spread quickly.",
        "Call the hotline at 2021 5550 199 for help.",
        "The final score was 2019 to 2017 in a record game.",
        "Room 1998 of the hotel was searched.",
        "Route 2020 was closed after the crash.",
        "Case number 2015 was dismissed by the judge.",
        "The motion 1999 was rejected by the assembly.",
        "Section 2001 of the act applies to banks.",
        "Turn to page 1987 in the old ledger.",
        "The company sold 2018 cars to the state.",
        "About 1990 people joined the protest.",
        "Il volo 2016 è atterrato senza problemi.",
        "O artigo 1988 da lei foi revogado.",
        "Die Linie 2017 fährt wieder.",
        "La ligne 2022 du tramway est fermée.",
        "El vuelo 2012 aterrizó sin problemas.",
        "He paid 2020 euros for the ticket."
    })
    void sentenceYieldsNoTimex(String sentence) {
        List<Timex> timexes = DATER.resolve(sentence, LocalDate.of(2021, 12, 6));
        assertThat(timexes).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" still names the year 1973")
    @ValueSource(strings = {
        "The treaty was signed in 1973 in Paris.",
        "Since 1973 the resolution has been cited.",
        "The number rose in 1973.",
        "Le traité date de 1973."
    })
    void aYearBesideALabelWordElsewhereIsStillAYear(String sentence) {
        assertThat(DATER.resolve(sentence, LocalDate.of(2021, 12, 6))).as(sentence)
                .extracting(Timex::value).containsExactly("1973");
    }
}
