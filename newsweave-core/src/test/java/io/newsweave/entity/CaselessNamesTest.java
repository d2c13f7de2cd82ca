package io.newsweave.entity;

import io.newsweave.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CaselessNamesTest {

    private final CaselessNames names = new CaselessNames(Gazetteer.get());
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private static Set<String> ids(List<LocalEntity> found) {
        return found.stream().map(LocalEntity::known).collect(Collectors.toSet());
    }

    @Test
    void chineseJapaneseAndKoreanCountriesAreKnownPlaces() {
        assertThat(ids(names.find("德国总理周二表示，俄罗斯和乌克兰应当恢复谈判。"))).containsExactlyInAnyOrder("LOC-germany", "LOC-russia", "LOC-ukraine");
        assertThat(ids(names.find("ドイツの首相は火曜日、ロシアとウクライナに交渉の再開を求めた。")))
                .containsExactlyInAnyOrder("LOC-germany", "LOC-russia", "LOC-ukraine");
        assertThat(ids(names.find("독일 총리는 화요일 러시아와 우크라이나가 협상을 재개해야 한다고 말했다.")))
                .containsExactlyInAnyOrder("LOC-germany", "LOC-russia", "LOC-ukraine");
    }

    @Test
    void theLongestKnownNameWins() {
        assertThat(ids(names.find("印度尼西亚和印度"))).containsExactlyInAnyOrder("LOC-indonesia", "LOC-india");
    }

    @Test
    void citiesWeKnowInEnglishAreKnownInChineseToo() {
        assertThat(ids(names.find("两国领导人在莫斯科会晤。"))).containsExactly("LOC-moscow");
    }

    @Test
    void mentionsAreOffsetsIntoTheTextInOrderAndOneEntityPerPlace() {
        String text = "俄罗斯外长说，俄罗斯不会让步；德国表示关切。";
        List<LocalEntity> found = names.find(text);
        assertThat(found).extracting(LocalEntity::known).containsExactly("LOC-russia", "LOC-germany");
        assertThat(found.get(0).mentions()).hasSize(2);
        assertThat(found.get(0).type()).isEqualTo(EntityType.LOCATION);
        for (LocalEntity e : found) {
            for (Surface s : e.mentions()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }

    @Test
    void koreanNamesStartAWordButMayTakeAParticle() {
        assertThat(ids(names.find("독일은 반대했다"))).containsExactly("LOC-germany");
        // the same letters starting or inside a longer word are not the country
        assertThat(ids(names.find("가나다라마바사"))).isEmpty();
        assertThat(ids(names.find("아가나"))).isEmpty();
        assertThat(ids(names.find("독일과 러시아의 관계"))).containsExactlyInAnyOrder("LOC-germany", "LOC-russia");
        assertThat(ids(names.find("가나는 서아프리카의 나라다"))).containsExactly("LOC-ghana");
    }

    @Test
    void scriptsWithCapitalsAreLeftToTheMentionFinder() {
        assertThat(names.find("Germany and Russia met in Moscow.")).isEmpty();
        assertThat(names.find("Германия и Россия")).isEmpty();
        assertThat(CaselessNames.isUnspaced("德国")).isTrue();
        assertThat(CaselessNames.isUnspaced("ドイツ")).isTrue();
        assertThat(CaselessNames.isUnspaced("Germany")).isFalse();
        assertThat(CaselessNames.isUnspaced("")).isFalse();
    }

    @Test
    void emptyAndGarbledTextFindNothingAndDoNotFail() {
        assertThat(names.find("")).isEmpty();
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                b.append((char) (random.nextBoolean() ? 0x4e00 + random.nextInt(0x5000) : random.nextInt(0xffff)));
            }
            String text = b.toString();
            for (LocalEntity e : names.find(text)) {
                for (Surface s : e.mentions()) {
                    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                }
            }
        }
    }

    @Test
    void aChineseAndAnEnglishReportNameTheSamePlacesThroughTheRegistry() {
        EntityRegistry registry = new EntityRegistry();
        Set<String> english = registry.resolve("en", recognizer.recognize("Germany urged Russia and Ukraine to resume talks in Moscow.", "en"))
                .stream().map(Mention::entity).collect(Collectors.toSet());
        Set<String> chinese = registry.resolve("zh", recognizer.recognize("德国敦促俄罗斯和乌克兰在莫斯科恢复谈判。", "zh"))
                .stream().map(Mention::entity).collect(Collectors.toSet());
        assertThat(chinese).isNotEmpty().isEqualTo(english);
    }

    @Test
    void theRecognizerKeepsOneEntityPerPlaceWhenBothScriptsNameIt() {
        List<LocalEntity> found = recognizer.recognize("Germany (德国) said on Tuesday that Germany would help.", "en");
        assertThat(found.stream().filter(e -> "LOC-germany".equals(e.known()))).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Surface::text).containsExactly("Germany", "德国", "Germany"));
    }
}
