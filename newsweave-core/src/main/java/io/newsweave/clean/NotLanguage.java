package io.newsweave.clean;

/**
 * Tells text that is not written language from an article: base64 (long runs of letters, digits
 * and {@code + / = - _} without spaces), hexadecimal dumps (byte pairs and offsets) and program
 * code (a fifth of its characters brackets, semicolons and operators, as in minified scripts;
 * scraped news texts with leftover script reach an eighth, prose a few in a thousand). Each test looks at the whole cleaned body and
 * needs most of it to have the shape, so an article that quotes a hash, a URL or a line of code
 * is kept. Texts under {@value #MIN_CHARS} non-space characters are not judged. Stateless and
 * thread-safe.
 */
public final class NotLanguage {

    static final int MIN_CHARS = 64;
    /** Length from which a run of base64 characters counts as encoded data. */
    private static final int BASE64_RUN = 20;

    private NotLanguage() {
    }

    /** Why {@code text} is not language ("looks like base64 data"), or {@code null} when it may be. */
    public static String reason(String text) {
        int nonSpace = 0;
        int inBase64Runs = 0;
        int code = 0;
        int tokens = 0;
        int hexTokens = 0;
        int mixedHexTokens = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean base64 = true;
            boolean hex = true;
            boolean digit = false;
            boolean hexLetter = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                boolean isDigit = c >= '0' && c <= '9';
                boolean isHexLetter = c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                digit |= isDigit;
                hexLetter |= isHexLetter;
                boolean offsetColon = c == ':' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))) && i > start;
                hex &= isDigit || isHexLetter || offsetColon;
                base64 &= isDigit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '+' || c == '/' || c == '='
                        || c == '-' || c == '_';
                if ("{}();=<>[]|&$\\".indexOf(c) >= 0) {
                    code++;
                }
                i++;
            }
            int length = i - start;
            nonSpace += length;
            tokens++;
            if (base64 && length >= BASE64_RUN && digit) {
                inBase64Runs += length;
            }
            if (hex) {
                hexTokens++;
                if (digit && hexLetter) {
                    mixedHexTokens++;
                }
            }
        }
        if (nonSpace < MIN_CHARS) {
            return null;
        }
        if (inBase64Runs * 2 > nonSpace) {
            return "not language: looks like base64 or other encoded data";
        }
        if (tokens >= 16 && hexTokens * 10 >= tokens * 7 && mixedHexTokens * 5 >= tokens) {
            return "not language: looks like a hexadecimal dump";
        }
        if (code * 5 > nonSpace) {
            return "not language: looks like program code or markup";
        }
        return null;
    }
}
