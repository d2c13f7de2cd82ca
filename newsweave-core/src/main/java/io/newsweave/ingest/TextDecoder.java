package io.newsweave.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a document to text, in this order: a byte order mark (UTF-8, UTF-16) is
 * honoured and stripped; then a declared charset (HTTP {@code Content-Type}, HTML
 * {@code <meta charset>} in the first 2 KB, the XML encoding declaration); then valid UTF-8 is
 * UTF-8; then ICU's {@link CharsetDetector} when it is confident; otherwise windows-1252, which
 * decodes every byte. ISO-8859-1 and US-ASCII declarations are read as windows-1252 (as browsers
 * do); a UTF-8 declaration on bytes that are not UTF-8 is ignored. Malformed sequences become
 * U+FFFD; decoding never fails. Does not detect binary content (see {@link BinaryContent}).
 * Stateless and thread-safe.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_WINDOW = 2048;
    private static final int DETECT_WINDOW = 64 * 1024;
    private static final int MIN_CONFIDENCE = 50;
    private static final Set<String> LATIN1_ALIASES = Set.of("ISO-8859-1", "US-ASCII", "WINDOWS-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private TextDecoder() {
    }

    /** Plain text: BOM, UTF-8, detection, windows-1252. */
    static String decodeText(byte[] bytes) {
        return decode(bytes, 0, bytes.length, null);
    }

    /**
     * An HTML page: BOM, then {@code declaredCharset} (from HTTP, may be null), then a
     * {@code <meta charset>} or {@code http-equiv} declaration in the first 2 KB, then as text.
     */
    static String decodeHtml(byte[] bytes, String declaredCharset) {
        String declared = declaredCharset != null ? declaredCharset : htmlCharset(bytes);
        return decode(bytes, 0, bytes.length, declared);
    }

    /** An XML document: BOM, then the encoding declaration, then as text. */
    static String decodeXml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(stripUtf8Bom(head));
        return decode(bytes, 0, bytes.length, m.find() ? m.group(1) : null);
    }

    /**
     * Decodes {@code bytes[offset, offset + length)}.
     *
     * @param declared a declared charset name, or {@code null}
     */
    static String decode(byte[] bytes, int offset, int length, String declared) {
        Charset bom = bomCharset(bytes, offset, length);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, offset + skip, length - skip, bom);
        }
        Charset charset = charsetOf(declared);
        if (charset != null && charset != StandardCharsets.UTF_8) {
            return new String(bytes, offset, length, charset);
        }
        String utf8 = strictUtf8(bytes, offset, length);
        if (utf8 != null) {
            return utf8;
        }
        return new String(bytes, offset, length, detect(bytes, offset, length));
    }

    /** The charset of a byte order mark at {@code offset}, or {@code null}. */
    static Charset bomCharset(byte[] b, int offset, int length) {
        if (length >= 3 && (b[offset] & 0xff) == 0xef && (b[offset + 1] & 0xff) == 0xbb
                && (b[offset + 2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[offset] & 0xff) == 0xfe && (b[offset + 1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (b[offset] & 0xff) == 0xff && (b[offset + 1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
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
        return WINDOWS_1252;
    }

    private static String stripUtf8Bom(String latin1) {
        return latin1.startsWith("\u00ef\u00bb\u00bf") ? latin1.substring(3) : latin1;
    }
}
