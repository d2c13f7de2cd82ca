package io.newsweave.cluster;

import io.newsweave.text.Folding;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonTest {

    private static String key(String word) {
        return Skeleton.prefix(Folding.fold(word), 5);
    }

    @Test
    void oneNameInCyrillicAndInLatinSpellingsGivesOneKey() {
        assertThat(Skeleton.of(Folding.fold("Путин"))).isEqualTo("putin").isEqualTo(Skeleton.of(Folding.fold("Putin")));
        assertThat(key("Зеленский")).isEqualTo("zelen").isEqualTo(key("Zelensky")).isEqualTo(key("Zełenski"))
                .isEqualTo(key("Зеленський")).isEqualTo(key("Zelenskij"));
        assertThat(Skeleton.of("brexit")).isEqualTo(Skeleton.of(Folding.fold("Брексит"))).isEqualTo("breksit");
        assertThat(key("Шойгу")).isEqualTo(key("Shoigu")).isEqualTo(key("Szojgu")).isEqualTo(key("Šojgu"));
        assertThat(key("Газпром")).isEqualTo(key("Gazprom"));
        assertThat(Skeleton.of(Folding.fold("Kowalczyk"))).isEqualTo(Skeleton.of(Folding.fold("Ковальчик"))).isEqualTo("kovalcik");
        assertThat(key("Цыпрас")).isEqualTo(key("Tsipras")).isEqualTo(key("Cipras"));
    }

    @Test
    void plainWordsAndOtherScriptsStayAsTheyAre() {
        assertThat(Skeleton.of("geneva")).isEqualTo("geneva");
        assertThat(Skeleton.of("北京")).isEqualTo("北京");
        assertThat(Skeleton.of("القاهرة")).isEqualTo("القاهرة");
        assertThat(Skeleton.of("")).isEmpty();
        assertThat(Skeleton.prefix("", 5)).isEmpty();
    }

    @Test
    void signsAreDroppedAndALoneLetterSurvives() {
        assertThat(Skeleton.of("ь")).isEmpty();
        assertThat(Skeleton.of("s")).isEqualTo("s");
        assertThat(Skeleton.of("h")).isEqualTo("h");
        assertThat(Skeleton.of("sc")).isEqualTo("sc");
    }

    @Test
    void randomTextNeverThrowsAndKeysStayShort() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                word.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x400 + random.nextInt(0x60)));
            }
            String folded = Folding.fold(word.toString());
            assertThat(Skeleton.prefix(folded, 5).length()).isLessThanOrEqualTo(5);
            assertThat(Skeleton.of(folded).length()).isLessThanOrEqualTo(2 * folded.length());
        }
    }
}
