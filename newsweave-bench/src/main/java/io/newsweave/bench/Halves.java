package io.newsweave.bench;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed rule that splits every labelled set into a tuning half and a report half: an item
 * (a SemEval pair by its ids, a topic of a topic set, a document of an annotated corpus, a page
 * of the extraction set) is in the tuning half when the CRC-32 of its id's UTF-8 bytes is even,
 * else in the report half. Thresholds and weights are chosen on the tuning half only; the
 * report half's figures are the ones gated and published. The rule never looks at an item's
 * content or labels, so no item can be moved between halves by what it says.
 */
public final class Halves {

    /** Which half an item is in. */
    public enum Half {
        TUNING, REPORT;

        /** The half's name as QUALITY.md and the gates print it. */
        public String label() {
            return this == TUNING ? "tuning half" : "report half";
        }
    }

    private Halves() {
    }

    /** The half of the item whose stable id is {@code id}. */
    public static Half of(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? Half.TUNING : Half.REPORT;
    }

    /** Whether {@code id} is in the report half. */
    public static boolean report(String id) {
        return of(id) == Half.REPORT;
    }

    /** Whether {@code id} is in the tuning half. */
    public static boolean tuning(String id) {
        return of(id) == Half.TUNING;
    }
}
