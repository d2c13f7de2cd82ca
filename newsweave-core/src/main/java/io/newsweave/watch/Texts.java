package io.newsweave.watch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes fetched bodies to text: the charset of the Content-Type, a BOM, a meta or XML declaration, else UTF-8. Stateless. */
final class Texts {

    private static final Pattern DECLARED = Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");

    private Texts() {
    }

    static String decode(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        int skip = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            charset = charset(head);
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, skip, body.length - skip, charset == StandardCharsets.UTF_8 ? StandardCharsets.ISO_8859_1 : charset);
        }
    }

    private static Charset charset(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DECLARED.matcher(text);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
