package io.newsweave.lineage;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LineageFeaturesTest {

    @Test
    void encodesAndDecodesWithTheAnchorBands() {
        LineageFeatures f = new LineageFeatures(TextSketch.of(TextSketchTest.ARTICLE), new int[] {3, 1, 4, 1, 5},
                "https://example.org/a", "Example", "2026-03-03", "pl", new long[] {7, -8, Long.MAX_VALUE});
        byte[] bytes = f.encode();
        assertThat(LineageFeatures.decode(bytes, 0, bytes.length)).isEqualTo(f);
        LineageFeatures bare = new LineageFeatures(TextSketch.EMPTY, new int[0], null, null, null, "und", new long[0]);
        byte[] empty = bare.encode();
        assertThat(LineageFeatures.decode(empty, 0, empty.length)).isEqualTo(bare);
    }

    @Test
    void readsTheFirstVersionWithoutAnchorBands() throws Exception {
        TextSketch sketch = TextSketch.of(TextSketchTest.ARTICLE);
        // version 1, as stores written before the anchor bands were kept hold it
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeInt(sketch.shingles());
            for (int v : sketch.minHash()) {
                out.writeInt(v);
            }
            out.writeShort(2);
            out.writeInt(9);
            out.writeInt(9);
            out.writeBoolean(true);
            out.writeUTF("https://example.org/a");
            out.writeBoolean(false);
            out.writeBoolean(true);
            out.writeUTF("2026-03-03");
            out.writeUTF("en");
        }
        byte[] first = bytes.toByteArray();
        LineageFeatures old = LineageFeatures.decode(first, 0, first.length);
        assertThat(old).isEqualTo(new LineageFeatures(sketch, new int[] {9, 9}, "https://example.org/a", null,
                "2026-03-03", "en", new long[0]));
    }

    @Test
    void keepsTextsOutsideTheBasicPlane() {
        LineageFeatures f = new LineageFeatures(TextSketch.EMPTY, new int[0], "https://example.org/\uD83D\uDCF0\u0000x",
                "Łódź \uD835\uDD38", null, "pl", new long[0]);
        byte[] bytes = f.encode();
        assertThat(LineageFeatures.decode(bytes, 0, bytes.length)).isEqualTo(f);
    }

    @Test
    void damagedBytesDecodeToNothingRatherThanThrow() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            byte[] junk = new byte[random.nextInt(400)];
            random.nextBytes(junk);
            LineageFeatures.decode(junk, 0, junk.length); // null or a value; never an exception
        }
        byte[] truncated = java.util.Arrays.copyOf(new LineageFeatures(TextSketch.of(TextSketchTest.ARTICLE), new int[0],
                null, null, null, "en", new long[] {1}).encode(), 40);
        assertThat(LineageFeatures.decode(truncated, 0, truncated.length)).isNull();
        assertThat(LineageFeatures.decode(new byte[0], 0, 0)).isNull();
    }
}
