package io.newsweave.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What an ingest prints and keeps stays bounded and unforgeable, whatever the inputs are called or hold. */
class BoundedOutputTest {

    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @TempDir
    Path dir;

    private int run(String... args) {
        return console.run(args);
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void badLines(OutputStream o, int n) throws IOException {
        byte[] line = "{\"title\": \"broken record\", \"maintext\": oops}\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            o.write(line);
        }
    }

    private long[] quarantine(Path data) throws IOException {
        long files = 0;
        long bytes = 0;
        try (Stream<Path> s = Files.list(data.resolve("quarantine"))) {
            for (Path p : s.toList()) {
                files++;
                bytes += Files.size(p);
            }
        }
        return new long[] {files, bytes};
    }

    @Test
    void aHundredThousandBadLinesKeepTheQuarantineAndStderrSmall() throws IOException {
        Path plain = dir.resolve("bad.jsonl");
        try (OutputStream o = Files.newOutputStream(plain)) {
            badLines(o, 100_000);
        }
        Path gzipped = dir.resolve("bad.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            badLines(o, 100_000);
        }
        for (Path input : List.of(plain, gzipped)) {
            Path data = dir.resolve("data-" + input.getFileName());
            assertThat(run("ingest", "--quiet", "--data", data.toString(), input.toString())).isEqualTo(1);
            List<String> stderr = lines(err);
            assertThat(stderr.size()).isLessThanOrEqualTo(200);
            assertThat(stderr).filteredOn(l -> l.startsWith("rejected: ")).hasSizeBetween(RejectionLines.PER_INPUT, RejectionLines.PER_INPUT + 1);
            assertThat(stderr).anySatisfy(l -> assertThat(l).contains("99,995 more not shown").contains("not valid JSON 99,995"));
            long[] q = quarantine(data);
            assertThat(q[0]).isLessThanOrEqualTo(20);
            assertThat(q[1]).isLessThanOrEqualTo(10L << 20);
        }
    }

    @Test
    void manyBadInputsPrintABoundedNumberOfLines() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 300; i++) {
            Files.write(in.resolve("junk-" + i + ".bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        }
        assertThat(run("ingest", "--quiet", "--data", dir.resolve("data").toString(), in.toString())).isEqualTo(1);
        List<String> stderr = lines(err);
        assertThat(stderr.size()).isLessThanOrEqualTo(RejectionLines.TOTAL + RejectionLines.SUMMARY_INPUTS + 1);
        assertThat(stderr.get(stderr.size() - 1)).contains("in 180 other inputs not shown");
    }

    @Test
    void fileNamesWithNewlinesTabsAndEscapesCannotForgeLines() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String forged = "a\nrejected: fake.txt: forged\tline\u001b[31m\u202e.txt";
        Files.writeString(in.resolve(forged), "Harbour workers in Velmora ended their strike on Monday after the port authority agreed "
                + "to a new contract, the union said. The port had been closed for nine days.");
        Files.write(in.resolve("bad\n\u001b[2J.json"), "{not json".getBytes(StandardCharsets.UTF_8));
        assertThat(run("ingest", "--list", "--data", dir.resolve("data").toString(), in.toString())).isEqualTo(1);
        List<String> listed = lines(out);
        assertThat(listed).hasSize(1);
        String[] fields = listed.get(0).split("\t", -1);
        assertThat(fields).hasSize(3);
        assertThat(fields[0]).isEqualTo("ingested");
        assertThat(fields[2]).endsWith("a\\nrejected: fake.txt: forged\\tline\\u001b[31m\\u202e.txt").doesNotContain("\u001b");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).doesNotContain("\u001b[2J").doesNotContain("\u202e").contains("bad\\n\\u001b[2J.json");
        assertThat(lines(err)).noneMatch(l -> l.startsWith("rejected: fake.txt"));
    }

    @Test
    void escapingIsReversibleAndLeavesPrintableTextAlone() {
        assertThat(TerminalText.escape("Путин, Zelensky — 習近平 ‌ok")).isEqualTo("Путин, Zelensky — 習近平 ‌ok");
        assertThat(TerminalText.escape("a\tb\nc\rd\\e\u0007f\u009bg\ufeff")).isEqualTo("a\\tb\\nc\\rd\\\\e\\u0007f\\u009bg\\ufeff");
        assertThat(TerminalText.escape("")).isEmpty();
        assertThat(TerminalText.clip("one\ntwo\u001b[1m", 100)).isEqualTo("one two [1m");
        assertThat(TerminalText.clip("x".repeat(50), 10)).hasSize(10).endsWith("…");
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 2_000; i++) {
            char[] cs = new char[random.nextInt(40)];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = (char) random.nextInt(0x3000);
            }
            String escaped = TerminalText.escape(new String(cs));
            assertThat(escaped.chars()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
        }
    }
}
