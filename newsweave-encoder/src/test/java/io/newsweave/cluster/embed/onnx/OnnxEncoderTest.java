package io.newsweave.cluster.embed.onnx;

import io.newsweave.cluster.embed.Encoder;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.cluster.embed.Encoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OnnxEncoderTest {

    @TempDir
    static Path dir;
    static EncoderConfig config;
    static Encoder encoder;

    @BeforeAll
    static void loadTheModelFromDisk() throws Exception {
        config = MiniLmFiles.copyTo(dir);
        encoder = Encoders.fromConfig(config).orElseThrow();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static double norm(float[] vector) {
        double squares = 0;
        for (float x : vector) {
            squares += x * x;
        }
        return Math.sqrt(squares);
    }

    private static double similarity(String a, String b) {
        return Encoders.cosine(encoder.encode(a), encoder.encode(b));
    }

    @Test
    void miniLmVectorsHave384Dimensions() {
        assertThat(encoder.dimension()).isEqualTo(384);
        assertThat(encoder.encode("The central bank raised interest rates.")).hasSize(384);
    }

    @Test
    void vectorsHaveUnitNorm() {
        for (String text : List.of("Floods cut off three villages in the north.", "A", "Élection présidentielle au Chili")) {
            assertThat(norm(encoder.encode(text))).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void theSameTextAlwaysGetsTheSameVector() throws Exception {
        String text = "The two presidents spoke by video link for two hours on Tuesday.";
        assertThat(encoder.encode(text)).containsExactly(encoder.encode(text));
        try (Encoder second = Encoders.fromConfig(config).orElseThrow()) {
            assertThat(second.encode(text)).containsExactly(encoder.encode(text));
        }
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        String[][] triples = {
                {"The president met his Russian counterpart to discuss the border crisis.",
                        "The head of state held talks with the Russian leader about tensions at the frontier.",
                        "A new bakery opened on the high street selling sourdough bread."},
                {"Heavy rain caused rivers to burst their banks, flooding hundreds of homes.",
                        "Hundreds of houses were flooded after downpours made rivers overflow.",
                        "The football club signed a striker from Brazil for a record fee."},
                {"Shares fell sharply after the company reported a loss for the quarter.",
                        "The firm's stock dropped steeply when it announced quarterly losses.",
                        "Scientists discovered a new species of frog in the rainforest."},
                {"The minister resigned after the corruption scandal became public.",
                        "Following revelations of bribery, the minister stepped down.",
                        "The weather will be sunny with light winds on Sunday."},
        };
        for (String[] triple : triples) {
            double paraphrase = similarity(triple[0], triple[1]);
            double unrelated = similarity(triple[0], triple[2]);
            assertThat(paraphrase).as(triple[0]).isGreaterThan(0.5).isGreaterThan(unrelated + 0.4);
        }
    }

    @Test
    void emptyTextGetsAUnitVector() {
        assertThat(norm(encoder.encode(""))).isCloseTo(1.0, within(1e-5));
        assertThat(norm(encoder.encode("   \n\t "))).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void garbledAndRandomTextDoesNotCrash() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(List.of("\u0000\u0001\uFFFD\uD83D\uDE00\uD800", "<<<>>>&&&;;;",
                "ÃƒÂ©tÃƒÂ© Ã¢â‚¬Å“", "\u202E\u200B\u200D", "x".repeat(100_000)));
        for (int i = 0; i < 20; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(2_000);
            for (int c = 0; c < length; c++) {
                text.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            float[] vector = encoder.encode(text);
            assertThat(vector).hasSize(384);
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void textPastTheTokenLimitIsNotRead() {
        StringBuilder lead = new StringBuilder();
        for (int i = 0; lead.length() < 4_000; i++) {
            lead.append("The talks in round ").append(i).append(" ended without agreement. ");
        }
        float[] cut = encoder.encode(lead.toString());
        float[] longer = encoder.encode(lead + "Then something entirely different about cooking pasta happened.");
        assertThat(longer).containsExactly(cut);
    }

    @Test
    void threadsSharingOneEncoderGetTheSameVectors() throws Exception {
        List<String> texts = List.of("Protesters gathered outside parliament.", "Le gouvernement a démissionné.",
                "Las elecciones se celebrarán en marzo.", "Die Regierung ist zurückgetreten.");
        List<float[]> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(encoder.encode(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> encoder.encode(text)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                float[] vector = futures.get(i).get();
                float[] want = expected.get(i % texts.size());
                assertThat(vector).containsExactly(want);
            }
        } finally {
            pool.shutdown();
        }
    }
}
