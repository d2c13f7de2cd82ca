package io.newsweave.pipeline;

import org.apache.commons.codec.digest.DigestUtils;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An article's id: the SHA-256 of its normalized body (case, accents, punctuation and spacing
 * ignored), cut to 16 hex digits. Exact copies, and the same article read from another format,
 * share it. Stateless and thread-safe.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String title, String body) {
        String basis = body.isBlank() ? title : body;
        return DigestUtils.sha256Hex(normalize(basis)).substring(0, 16);
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        return out.toString();
    }
}
