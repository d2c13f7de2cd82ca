package io.newsweave.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Snapshot files: what is written reads back, and damaged or hostile bytes fail cleanly. */
class SnapshotIoTest {

    @Test
    void numbersStringsDatesAndMapsReadBackInOrder(@TempDir Path dir) throws IOException {
        SnapshotOutput out = new SnapshotOutput();
        long[] numbers = {0, 1, -1, 63, 64, -65, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : numbers) {
            out.writeLong(n);
        }
        out.writeString("Путин");
        out.writeString(null);
        out.writeString("Путин");
        out.writeString("");
        out.writeDate(LocalDate.of(2022, 1, 10));
        out.writeDate(null);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("zz", 3);
        counts.put(null, 1);
        counts.put("aa", 2);
        out.writeCounts(counts);
        out.writeStrings(List.of("b", "a", "b"));
        out.writeBoolean(true);
        Path file = dir.resolve("x.snapshot");
        out.save(file);

        SnapshotInput in = SnapshotInput.open(file, 1 << 20);
        for (long n : numbers) {
            assertThat(in.readLong()).isEqualTo(n);
        }
        assertThat(in.readString()).isEqualTo("Путин");
        assertThat(in.readString()).isNull();
        assertThat(in.readString()).isEqualTo("Путин");
        assertThat(in.readString()).isEmpty();
        assertThat(in.readDate()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(in.readDate()).isNull();
        assertThat(in.readCounts(new LinkedHashMap<>())).containsExactlyEntriesOf(counts);
        assertThat(in.readStrings(new ArrayList<>())).containsExactly("b", "a", "b");
        assertThat(in.readBoolean()).isTrue();
        assertThat(in.atEnd()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void missingEmptyOversizedOrMismatchedFilesReadAsAbsent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.snapshot");
        assertThat(SnapshotInput.open(file, 100)).isNull();
        Files.write(file, new byte[0]);
        assertThat(SnapshotInput.open(file, 100)).isNull();
        SnapshotOutput out = new SnapshotOutput();
        out.writeString("a long enough string to pass ten bytes");
        out.save(file);
        assertThat(SnapshotInput.open(file, 10)).as("over the caller's limit").isNull();
        assertThat(SnapshotInput.open(file, 1000)).isNotNull();
        byte[] bytes = Files.readAllBytes(file);
        bytes[3] ^= 1;
        Files.write(file, bytes);
        assertThat(SnapshotInput.open(file, 1000)).as("checksum").isNull();
    }

    @Test
    void hostileCountsAndReferencesFailWithoutHugeAllocations(@TempDir Path dir) throws IOException {
        SnapshotOutput out = new SnapshotOutput();
        out.writeInt(Integer.MAX_VALUE);
        out.writeLong(1_000);
        out.writeLong(1);
        out.writeLong(1_000_000);
        out.writeLong(7);
        Path file = dir.resolve("x.snapshot");
        out.save(file);
        SnapshotInput in = SnapshotInput.open(file, 1000);
        assertThatThrownBy(in::readCount).isInstanceOf(SnapshotInput.Corrupt.class).hasMessageContaining("count");
        assertThatThrownBy(in::readString).isInstanceOf(SnapshotInput.Corrupt.class).hasMessageContaining("string number");
        assertThatThrownBy(in::readString).isInstanceOf(SnapshotInput.Corrupt.class).hasMessageContaining("count");
        assertThatThrownBy(in::readBoolean).isInstanceOf(SnapshotInput.Corrupt.class);
    }

    @Test
    void randomBytesWithAValidChecksumNeverEscapeAsAnythingButCorrupt(@TempDir Path dir) throws IOException {
        Random r = new Random(5);
        Path file = dir.resolve("x.snapshot");
        for (int round = 0; round < 500; round++) {
            SnapshotOutput out = new SnapshotOutput();
            byte[] junk = new byte[r.nextInt(64)];
            r.nextBytes(junk);
            for (byte b : junk) {
                out.writeBoolean(false);
                out.writeLong(b);
            }
            out.save(file);
            byte[] raw = Files.readAllBytes(file);
            byte[] body = java.util.Arrays.copyOf(raw, raw.length - 4);
            r.nextBytes(body);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(body);
            long sum = crc.getValue();
            byte[] sealed = java.util.Arrays.copyOf(body, body.length + 4);
            for (int i = 0; i < 4; i++) {
                sealed[body.length + i] = (byte) (sum >>> (24 - 8 * i));
            }
            Files.write(file, sealed);
            SnapshotInput in = SnapshotInput.open(file, 1 << 20);
            if (in == null) {
                continue;
            }
            try {
                while (!in.atEnd()) {
                    switch (r.nextInt(5)) {
                        case 0 -> in.readString();
                        case 1 -> in.readDate();
                        case 2 -> in.readCounts(new LinkedHashMap<>());
                        case 3 -> in.readStrings(new ArrayList<>());
                        default -> in.readBoolean();
                    }
                }
            } catch (SnapshotInput.Corrupt expected) {
                assertThat(expected.getMessage()).contains("byte");
            }
        }
    }
}
