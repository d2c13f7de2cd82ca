package io.newsweave.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimexLabelTest {

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "192|the 1920s",
        "199|the 1990s",
        "19|the 20th century",
        "20|the 21st century",
        "10|the 11th century",
        "2021-FA|autumn 2021",
        "2022-WI|winter 2022",
        "2021-SU|summer 2021",
        "2021-SP|spring 2021",
        "2021-Q3|Q3 2021",
        "2021-H1|first half of 2021",
        "2021-W48|week 48 of 2021",
        "2021-W05-WE|weekend of week 5 of 2021",
        "2021-12|December 2021",
        "2021-12-07|2021-12-07",
        "2021|2021",
        "2021-12-03TNI|2021-12-03, night",
        "2021-12-07T15:07|2021-12-07 15:07",
        "PRESENT_REF|now",
        "PAST_REF|the past",
        "P3D|3 days",
        "P1Y|1 year",
        "PT2H|2 hours",
        "PT5M|5 minutes",
        "P2M|2 months",
        "PXY|years",
        "XXXX-WXX-1|XXXX-WXX-1",
        "2021-13|2021-13"
    })
    void aValueReadsAsPeopleWriteIt(String value, String label) {
        assertThat(TimexLabel.of(value)).isEqualTo(label);
    }

    @Test
    void emptyNullAndGarbledValuesComeBackUnchangedWithoutFailing() {
        assertThat(TimexLabel.of(null)).isEmpty();
        assertThat(TimexLabel.of("")).isEmpty();
        assertThat(TimexLabel.of("<script>")).isEqualTo("<script>");
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            String alphabet = "0123456789-TWQHSPUFAIXYMDNE:_";
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TimexLabel.of(s.toString())).isNotNull();
        }
    }
}
