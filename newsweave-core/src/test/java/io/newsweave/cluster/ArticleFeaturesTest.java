package io.newsweave.cluster;

import io.newsweave.model.Mention;
import io.newsweave.model.Timex;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFeaturesTest {

    private final ArticleFeatures features = new ArticleFeatures();

    @Test
    void englishArticleGetsNamesStemmedTermsNumbersAndItsLanguage() {
        List<String> keys = features.of("Ministers negotiate the harbour treaty",
                "The ministers of Norland and Vesteria negotiated for hours. The negotiations about the harbour "
                        + "treaty involve 1,500 workers and 42 ships, said Anna Kowalczyk.", "en");
        assertThat(keys).contains("norla", "veste", "koval", "t:negoti", "t:harbour", "t:minist", "n:1500", "n:42", "l:en");
        assertThat(keys).doesNotContain("t:the", "t:and");
    }

    @Test
    void frenchAndEnglishReportsShareNamesAndNumbersButNotTerms() {
        List<String> fr = features.of("", "Le ministre Kowalczyk a rencontré Vesteria à Genève: 1 500 travailleurs, 42 navires.", "fr");
        List<String> en = features.of("", "Minister Kowalczyk met Vesteria in Geneva: 1,500 workers, 42 ships.", "en");
        // name keys are cut from a spelling skeleton (w -> v), so Kowalczyk and Ковальчик meet
        assertThat(fr).contains("koval", "veste", "n:42", "l:fr");
        assertThat(en).contains("koval", "veste", "n:42", "n:1500", "l:en");
        // cognates meet on the words channel, stemmed terms do not cross languages
        assertThat(fr).contains("w:minis", "w:trava");
        assertThat(en).contains("w:minis", "w:vorke");
    }

    @Test
    void completeAddsMentionedDaysAndCanonicalEntitiesOnce() {
        List<String> base = List.of("kowal", "l:en");
        List<String> keys = IdentityKeys.complete(base,
                List.of(new Timex(0, 7, "Tuesday", "2021-12-07", "day", "published"),
                        new Timex(10, 17, "December", "2021-12", "month", "absolute")),
                List.of(new Mention(0, 5, "Putin", "PER-vladimir putin"), new Mention(9, 16, "Poutine", "PER-vladimir putin")));
        // said twice: listed round(1 + ln 2) = 2 times
        assertThat(keys).containsExactly("kowal", "l:en", "d:2021-12-07", "e:PER-vladimir_putin", "e:PER-vladimir_putin");
    }

    @Test
    void levelIsASublinearCountCapped() {
        assertThat(Channel.level(0)).isEqualTo(1);
        assertThat(Channel.level(1)).isEqualTo(1);
        assertThat(Channel.level(2)).isEqualTo(2);
        assertThat(Channel.level(4)).isEqualTo(2);
        assertThat(Channel.level(5)).isEqualTo(3);
        assertThat(Channel.level(13)).isEqualTo(4);
        assertThat(Channel.level(1_000_000)).isEqualTo(Channel.MAX_LEVEL);
    }

    @Test
    void frequentTermsAndWordsAreListedMoreThanOnce() {
        List<String> keys = features.of("", "The harbour treaty. The harbour workers. The harbour ships. The harbour police. The harbour.", "en");
        assertThat(keys.stream().filter("t:harbour"::equals).count()).isEqualTo(Channel.level(5));
        assertThat(keys.stream().filter("w:harbo"::equals).count()).isEqualTo(Channel.level(5));
        assertThat(keys.stream().filter("t:treati"::equals).count()).isEqualTo(1);
    }

    @Test
    void numbersIgnoreDigitsInsideWordsAndKeepSeparatedThousands() {
        assertThat(ArticleFeatures.numbers("G20 summit: 3.000 people, 12.5 percent, 007 and 2021-12-07"))
                .containsExactly("3000", "12", "2021");
        assertThat(ArticleFeatures.numbers("1,5 and 9")).isEmpty();
        assertThat(ArticleFeatures.numbers("١٢٣ Arabic-Indic digits")).isEmpty();
    }

    @Test
    void emptyInputGivesOnlyTheLanguage() {
        assertThat(features.of("", "", "en")).containsExactly("l:en");
        assertThat(features.of(null, (String) null, "")).isEmpty();
        assertThat(IdentityKeys.complete(List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void randomInputNeverFailsAndStaysBounded() {
        Random random = new Random(3);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append((char) random.nextInt(0x3000));
            }
            for (String language : List.of("en", "zh", "xx")) {
                List<String> keys = features.of(b.toString(), b.toString(), language);
                assertThat(new java.util.HashSet<>(keys).size())
                        .isLessThanOrEqualTo(GroupingKeys.MAX_KEYS + Terms.MAX_TERMS + WordPrefixes.MAX_WORDS + ArticleFeatures.MAX_NUMBERS + 1);
                assertThat(keys.size()).isLessThanOrEqualTo(GroupingKeys.MAX_KEYS + (Terms.MAX_TERMS + WordPrefixes.MAX_WORDS) * Channel.MAX_LEVEL
                        + ArticleFeatures.MAX_NUMBERS + 1);
                assertThat(keys).allSatisfy(k -> assertThat(k).doesNotContain(" "));
            }
        }
    }
}
