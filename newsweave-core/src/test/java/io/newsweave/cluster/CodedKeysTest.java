package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

class CodedKeysTest {

    @Test
    void keysAreCountedSortedByCodeAndCarryTheirChannel() {
        CodedKeys coded = CodedKeys.of(List.of("t:presid", "t:presid", "kowal", "w:ukrai", "l:en", "e:Q7", "t:presid", "d:2021-12-07"));
        assertThat(coded.size()).isEqualTo(5);
        assertThat(coded.language()).isEqualTo(CodedKeys.code("l:en"));
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            counts.put(coded.text(i), coded.count(i));
            assertThat(coded.code(i)).isEqualTo(CodedKeys.code(coded.text(i)));
            assertThat(CodedKeys.channel(coded.code(i))).isEqualTo(Channel.of(coded.text(i)));
            if (i > 0) {
                assertThat(coded.code(i)).isGreaterThan(coded.code(i - 1));
            }
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("t:presid", 3, "kowal", 1, "w:ukrai", 1, "e:Q7", 1, "d:2021-12-07", 1));
        // codes sort by channel first (names, terms, entities, dates, ...)
        assertThat(coded.texts()).containsExactly("kowal", "t:presid", "e:Q7", "d:2021-12-07", "w:ukrai");
    }

    @Test
    void emptyFeaturesHaveNoKeysAndNoLanguage() {
        CodedKeys empty = CodedKeys.of(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.language()).isZero();
        byte[] bytes = empty.encode();
        assertThat(CodedKeys.decode(bytes, 0, bytes.length)).isEqualTo(empty);
        assertThat(CodedKeys.of(List.of("l:fr")).size()).isZero();
    }

    @Test
    void encodedRecordsReadBackEqualTextsIncluded() {
        CodedKeys coded = CodedKeys.of(List.of("w:télé", "w:télé", "w:путин", "n:2022", "kowal", "e:PER-Володимир_Зеленський", "l:uk"));
        byte[] bytes = coded.encode();
        byte[] padded = new byte[bytes.length + 9];
        System.arraycopy(bytes, 0, padded, 5, bytes.length);
        CodedKeys back = CodedKeys.decode(padded, 5, bytes.length);
        padded[5 + bytes.length - 1] = 'X'; // the record keeps its own copy
        assertThat(back).isEqualTo(coded);
        assertThat(back.texts()).isEqualTo(coded.texts());
        assertThat(back.toString()).contains("w:télé", "x2");
    }

    @Test
    void randomFeatureListsRoundTrip() {
        Random random = new Random(5);
        String alphabet = "abcé:Пж語1-_";
        for (int round = 0; round < 300; round++) {
            List<String> keys = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                StringBuilder key = new StringBuilder(random.nextBoolean() ? "t:" : "");
                for (int c = 1 + random.nextInt(5); c > 0; c--) {
                    key.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                keys.add(key.toString());
                if (random.nextInt(4) == 0) {
                    keys.add(keys.get(random.nextInt(keys.size())));
                }
            }
            CodedKeys coded = CodedKeys.of(keys);
            assertThat(new HashSet<>(coded.texts())).isEqualTo(new HashSet<>(keys.stream().filter(k -> Channel.of(k) != Channel.LANGUAGE).toList()));
            byte[] bytes = coded.encode();
            assertThat(CodedKeys.decode(bytes, 0, bytes.length)).isEqualTo(coded);
        }
    }

    @Test
    void garbledRecordsAreRejectedWithAReason() {
        Random random = new Random(3);
        assertThatThrownBy(() -> CodedKeys.decode(new byte[0], 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodedKeys.decode("kowal t:presid".getBytes(StandardCharsets.UTF_8), 0, 14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a coded key record");
        byte[] good = CodedKeys.of(List.of("kowal", "w:ukrai", "t:presid")).encode();
        assertThatThrownBy(() -> CodedKeys.decode(good, 0, good.length - 20)).isInstanceOf(IllegalArgumentException.class);
        for (int round = 0; round < 2000; round++) {
            byte[] junk = new byte[random.nextInt(80)];
            random.nextBytes(junk);
            if (junk.length > 0 && random.nextBoolean()) {
                junk[0] = good[0];
            }
            Throwable thrown = catchThrowable(() -> CodedKeys.decode(junk, 0, junk.length).texts());
            assertThat(thrown).as("junk of %d bytes", junk.length).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(IllegalArgumentException.class),
                    t -> assertThat(t).isInstanceOf(IllegalStateException.class));
        }
    }

    @Test
    void aKeyHoldingANewlineCannotBeEncoded() {
        assertThatThrownBy(() -> CodedKeys.of(List.of("bad\nkey")).encode()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distinctKeysGetDistinctCodes() {
        Set<Long> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String key = (i % 3 == 0 ? "t:" : i % 3 == 1 ? "w:" : "") + Integer.toString(i, 36);
            codes.add(CodedKeys.code(key));
        }
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void theCodedScoreIsTheWeightedMeanOfChannelCosines() {
        // a direct reference: per channel, cosine of count x idf vectors over key maps
        Similarity.Weights weights = Similarity.Weights.defaults();
        Similarity similarity = new Similarity(weights);
        Random random = new Random(9);
        String[] prefixes = {"", "t:", "w:", "e:", "d:", "n:"};
        for (int round = 0; round < 400; round++) {
            List<String> a = randomKeys(random, prefixes);
            List<String> b = randomKeys(random, prefixes);
            java.util.function.ToDoubleFunction<String> idf = k -> 0.5 + (k.hashCode() & 7);
            assertThat(similarity.of(a, b, idf)).as("%s vs %s", a, b).isCloseTo(reference(weights, a, b, idf), within(1e-9));
        }
    }

    private static List<String> randomKeys(Random random, String[] prefixes) {
        List<String> keys = new ArrayList<>();
        for (int i = random.nextInt(25); i > 0; i--) {
            keys.add(prefixes[random.nextInt(prefixes.length)] + (char) ('a' + random.nextInt(8)));
        }
        int language = random.nextInt(3);
        if (language > 0) {
            keys.add(language == 1 ? "l:en" : "l:fr");
        }
        return keys;
    }

    private static double reference(Similarity.Weights weights, List<String> a, List<String> b, java.util.function.ToDoubleFunction<String> idf) {
        String la = a.stream().filter(k -> Channel.of(k) == Channel.LANGUAGE).reduce((x, y) -> y).orElse(null);
        String lb = b.stream().filter(k -> Channel.of(k) == Channel.LANGUAGE).reduce((x, y) -> y).orElse(null);
        double sum = 0;
        double total = 0;
        for (Channel c : Channel.values()) {
            if (c == Channel.LANGUAGE || c == Channel.DENSE || weights.of(c) == 0 || c == Channel.TERMS && (la == null || !la.equals(lb))) {
                continue;
            }
            Map<String, Integer> ca = counts(a, c);
            Map<String, Integer> cb = counts(b, c);
            if (ca.isEmpty() || cb.isEmpty()) {
                continue;
            }
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (var e : ca.entrySet()) {
                double w = idf.applyAsDouble(e.getKey());
                na += Math.pow(e.getValue() * w, 2);
                dot += e.getValue() * cb.getOrDefault(e.getKey(), 0) * w * w;
            }
            for (var e : cb.entrySet()) {
                nb += Math.pow(e.getValue() * idf.applyAsDouble(e.getKey()), 2);
            }
            sum += weights.of(c) * dot / Math.sqrt(na * nb);
            total += weights.of(c);
        }
        if (total == 0) {
            return 0;
        }
        boolean cross = la != null && lb != null && !la.equals(lb);
        return cross ? Math.min(1, sum / total * weights.crossLingual()) : sum / total;
    }

    private static Map<String, Integer> counts(List<String> keys, Channel channel) {
        Map<String, Integer> out = new HashMap<>();
        keys.stream().filter(k -> Channel.of(k) == channel).forEach(k -> out.merge(k, 1, Integer::sum));
        return out;
    }
}
