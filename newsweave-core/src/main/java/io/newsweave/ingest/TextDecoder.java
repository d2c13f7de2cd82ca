package io.newsweave.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import io.newsweave.model.Decoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a document to text, in this order: a byte order mark (UTF-8, UTF-16,
 * UTF-32) is honoured and stripped; then a declared charset (HTTP {@code Content-Type}, HTML
 * {@code <meta charset>} in the first 2 KB, the XML encoding declaration); then valid UTF-8 is
 * UTF-8; then bytes that are mostly UTF-8 (valid multi-byte sequences, few broken ones) are UTF-8
 * with the broken sequences replaced by U+FFFD; then ICU's {@link CharsetDetector} when it is
 * confident; then windows-1252 when every byte is defined in it; otherwise UTF-8 with
 * replacement. ISO-8859-1 and US-ASCII declarations are read as windows-1252 (as browsers do); a
 * UTF-8 declaration on bytes that are not UTF-8 is ignored. Decoding never fails; the charset
 * used and the number of replaced sequences are returned with the text. Does not detect binary
 * content (see {@link BinaryContent}). Stateless and thread-safe.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final int META_WINDOW = 2048;
    private static final int DETECT_WINDOW = 64 * 1024;
    private static final int MIN_CONFIDENCE = 50;
    private static final Set<String> LATIN1_ALIASES = Set.of("ISO-8859-1", "US-ASCII", "WINDOWS-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** Decoded text with how it was decoded. */
    record Decoded(String text, Decoding decoding) {
    }

    private TextDecoder() {
    }

    /** Plain text: BOM, UTF-8, mostly UTF-8, detection, windows-1252. */
    static Decoded decodeText(byte[] bytes) {
        return decode(bytes, 0, bytes.length, null);
    }

    /**
     * An HTML page: BOM, then {@code declaredCharset} (from HTTP, may be null), then a
     * {@code <meta charset>} or {@code http-equiv} declaration in the first 2 KB, then as text.
     */
    static Decoded decodeHtml(byte[] bytes, String declaredCharset) {
        String declared = declaredCharset != null ? declaredCharset : htmlCharset(bytes);
        return decode(bytes, 0, bytes.length, declared);
    }

    /** An XML document: BOM, then the encoding declaration, then as text. */
    static Decoded decodeXml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(stripUtf8Bom(head));
        return decode(bytes, 0, bytes.length, m.find() ? m.group(1) : null);
    }

    /**
     * Decodes {@code bytes[offset, offset + length)}.
     *
     * @param declared a declared charset name, or {@code null}
     */
    static Decoded decode(byte[] bytes, int offset, int length, String declared) {
        Charset bom = bomCharset(bytes, offset, length);
        if (bom != null) {
            int skip = bomLength(bom);
            return replacing(bytes, offset + skip, length - skip, bom);
        }
        Charset charset = charsetOf(declared);
        if (charset != null && charset != StandardCharsets.UTF_8) {
            return replacing(bytes, offset, length, charset);
        }
        String utf8 = strictUtf8(bytes, offset, length);
        if (utf8 != null) {
            return new Decoded(utf8, null);
        }
        if (mostlyUtf8(bytes, offset, length)) {
            return replacing(bytes, offset, length, StandardCharsets.UTF_8);
        }
        Charset detected = detect(bytes, offset, length);
        if (detected == null) {
            detected = definedInWindows1252(bytes, offset, length) ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }
        return replacing(bytes, offset, length, detected);
    }

    /** The charset of a byte order mark at {@code offset}, or {@code null}. */
    static Charset bomCharset(byte[] b, int offset, int length) {
        if (length >= 3 && (b[offset] & 0xff) == 0xef && (b[offset + 1] & 0xff) == 0xbb
                && (b[offset + 2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 4 && b[offset] == 0 && b[offset + 1] == 0 && (b[offset + 2] & 0xff) == 0xfe
                && (b[offset + 3] & 0xff) == 0xff) {
            return UTF_32BE;
        }
        if (length >= 4 && (b[offset] & 0xff) == 0xff && (b[offset + 1] & 0xff) == 0xfe && b[offset + 2] == 0
                && b[offset + 3] == 0) {
            return UTF_32LE;
        }
        if (length >= 2 && (b[offset] & 0xff) == 0xfe && (b[offset + 1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (b[offset] & 0xff) == 0xff && (b[offset + 1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Bytes of the byte order mark of {@code charset}. */
    static int bomLength(Charset charset) {
        return charset == StandardCharsets.UTF_8 ? 3 : charset == UTF_32BE || charset == UTF_32LE ? 4 : 2;
    }

    /** {@code bytes} in {@code charset}, malformed sequences replaced and counted. */
    private static Decoded replacing(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil(length * (double) Math.max(1, decoder.maxCharsPerByte())) + 16));
        int replaced = 0;
        CoderResult r;
        while ((r = decoder.decode(in, out, true)).isError()) {
            in.position(in.position() + r.length());
            out.put('\ufffd');
            replaced++;
        }
        if (r.isOverflow() || decoder.flush(out).isOverflow()) {
            throw new IllegalStateException("decoder overflow"); // the buffer holds the worst case
        }
        out.flip();
        return new Decoded(out.toString(), new Decoding(charset.name(), replaced));
    }

    /**
     * Whether bytes that are not valid UTF-8 still read as UTF-8 damaged here and there: at least
     * one valid multi-byte sequence, and more valid multi-byte sequences than broken ones.
     */
    static boolean mostlyUtf8(byte[] b, int offset, int length) {
        int valid = 0;
        int broken = 0;
        int end = offset + length;
        for (int i = offset; i < end; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            boolean ok = n > 0;
            for (int k = 1; ok && k <= n; k++) {
                ok = i + k < end && (b[i + k] & 0xc0) == 0x80;
            }
            if (ok) {
                valid++;
                i += n + 1;
            } else {
                broken++;
                i++;
            }
        }
        return valid > 0 && valid > broken;
    }

    /** Whether no byte is one of the five that windows-1252 leaves undefined. */
    static boolean definedInWindows1252(byte[] b, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int c = b[i] & 0xff;
            if (c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d) {
                return false;
            }
        }
        return true;
    }

    /** The text, or {@code null} when the bytes are not valid UTF-8. */
    static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset named by a {@code <meta>} tag in the first 2 KB of an HTML page, or {@code null}. */
    static String htmlCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset for a declared name, or {@code null} when unknown or unsupported. */
    static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("UTF8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(upper);
            return LATIN1_ALIASES.contains(charset.name().toUpperCase(Locale.ROOT)) ? WINDOWS_1252 : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A confident ICU guess at a legacy charset, or {@code null}. */
    private static Charset detect(byte[] bytes, int offset, int length) {
        byte[] window = new byte[Math.min(length, DETECT_WINDOW)];
        System.arraycopy(bytes, offset, window, 0, window.length);
        CharsetDetector detector = new CharsetDetector();
        detector.setText(window);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset charset = charsetOf(match.getName());
            if (charset != null && charset != StandardCharsets.UTF_8 && !charset.name().startsWith("UTF-")) {
                return charset;
            }
        }
        return null;
    }

    private static String stripUtf8Bom(String latin1) {
        return latin1.startsWith("\u00ef\u00bb\u00bf") ? latin1.substring(3) : latin1;
    }
}
