package io.newsweave.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells binary junk from text by its first bytes: well-known file signatures first, then NUL
 * bytes and the share of ASCII control characters. Does not judge UTF-16 text without a byte
 * order mark (its NUL bytes make it look binary). Stateless and thread-safe.
 */
final class BinaryContent {

    /** More control characters than this share of the head means binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private record Magic(int offset, byte[] bytes, String label) {
        Magic(int offset, String ascii, String label) {
            this(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), label);
        }

        boolean matches(byte[] head) {
            if (head.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (head[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> MAGICS = List.of(
            new Magic(0, "\u0089PNG\r\n\u001a\n", "PNG image"),
            new Magic(0, "\u00ff\u00d8\u00ff", "JPEG image"),
            new Magic(0, "GIF87a", "GIF image"),
            new Magic(0, "GIF89a", "GIF image"),
            new Magic(8, "WEBP", "WebP image"),
            new Magic(8, "WAVE", "WAV audio"),
            new Magic(8, "AVI ", "AVI video"),
            new Magic(0, "II*\u0000", "TIFF image"),
            new Magic(0, "MM\u0000*", "TIFF image"),
            new Magic(0, "%PDF-", "PDF document"),
            new Magic(0, "PK\u0003\u0004", "ZIP archive (or DOCX, ODT, EPUB, JAR)"),
            new Magic(0, "PK\u0005\u0006", "ZIP archive"),
            new Magic(0, "\u007fELF", "ELF executable"),
            new Magic(0, "\u00ca\u00fe\u00ba\u00be", "Java class file or Mach-O binary"),
            new Magic(0, "\u00cf\u00fa\u00ed\u00fe", "Mach-O binary"),
            new Magic(4, "1AY&SY", "bzip2 archive"),
            new Magic(0, "\u00fd7zXZ\u0000", "xz archive"),
            new Magic(0, "7z\u00bc\u00af\u0027\u001c", "7-Zip archive"),
            new Magic(0, "\u0028\u00b5\u002f\u00fd", "Zstandard archive"),
            new Magic(0, "Rar!\u001a\u0007", "RAR archive"),
            new Magic(257, "ustar", "tar archive"),
            new Magic(0, "SQLite format 3\u0000", "SQLite database"),
            new Magic(0, "OggS", "Ogg media"),
            new Magic(0, "ID3\u0003\u0000", "MP3 audio"),
            new Magic(0, "ID3\u0004\u0000", "MP3 audio"),
            new Magic(0, "fLaC", "FLAC audio"),
            new Magic(4, "ftyp", "MP4 or QuickTime media"),
            new Magic(0, "\u001aE\u00df\u00a3", "Matroska or WebM media"),
            new Magic(0, "wOFF", "WOFF font"),
            new Magic(0, "wOF2", "WOFF2 font"),
            new Magic(0, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "legacy Microsoft Office document"),
            new Magic(0, "PAR1", "Parquet file"));

    private BinaryContent() {
    }

    /**
     * Why {@code head} is binary ("binary content (looks like PNG image)"), or {@code null} when it
     * may be text. {@code head} must not start with a UTF-16 byte order mark.
     */
    static String reason(byte[] head) {
        for (Magic magic : MAGICS) {
            if (magic.matches(head)) {
                return "binary content (looks like " + magic.label() + ")";
            }
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return "binary content (contains NUL bytes)";
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (head.length > 0 && controls > MAX_CONTROL_SHARE * head.length) {
            return String.format(Locale.ROOT, "binary content (%.0f%% control characters)",
                    100.0 * controls / head.length);
        }
        return null;
    }

    private static boolean isControl(byte b) {
        // tab, LF, VT, FF, CR and ESC (ISO-2022 text) are allowed; DEL is not text either
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != 0x0b && b != '\f' && b != '\r'
                && b != 0x1b) || b == 0x7f;
    }
}
