package io.newsweave.time;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FutureCueTest {

    @Test
    void futureWordsAndEndingsInSeveralLanguages() {
        assertThat(FutureCue.in("Talks will take place on January 10 in Geneva.")).isTrue();
        assertThat(FutureCue.in("The meeting is scheduled for next week.")).isTrue();
        assertThat(FutureCue.in("Les deux dirigeants se parleront mardi.")).isTrue();
        assertThat(FutureCue.in("La reunión se celebrará el lunes.")).isTrue();
        assertThat(FutureCue.in("Das Treffen wird am Montag stattfinden.")).isTrue();
    }

    @Test
    void pastReportsAndPastCuesAreNotFuture() {
        assertThat(FutureCue.in("Biden and Putin spoke on Tuesday.")).isFalse();
        assertThat(FutureCue.in("They met last Thursday in the camera room in Ankara.")).isFalse();
        assertThat(FutureCue.in("Le président a parlé la semaine dernière.")).isFalse();
    }

    @Test
    void emptyAndGarbledInput() {
        assertThat(FutureCue.in("")).isFalse();
        assertThat(FutureCue.in(null)).isFalse();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                sb.append((char) random.nextInt(0x2500));
            }
            String text = sb.toString();
            assertThat(FutureCue.in(text)).isEqualTo(FutureCue.in(text));
        }
    }
}
