package io.newsweave.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Known names in scripts without capitals, where {@link NameFinder} sees none, and (but for
 * Korean) without spaces between words: the {@link Gazetteer}'s countries and cities as ICU writes
 * them in Chinese, Japanese and Korean ({@code 德国}, {@code ドイツ}, {@code 독일}), matched as
 * written, longest first ({@code 印度尼西亚} is Indonesia, not India). So a Chinese report and an
 * English one meet on {@code LOC-germany} without a translation model. Korean, which spaces its
 * words, matches only a whole word or one followed by a particle ({@code 독일은}, {@code 독일과});
 * Han and kana anywhere. Finds nothing else: persons and organizations in these scripts need a
 * model or a list we do not have. Immutable and thread-safe.
 */
final class CaselessNames {

    /** Shortest name matched, in code points (two Han characters name most countries). */
    static final int MIN_LENGTH = 2;

    /** Korean particles and copulas that may follow a name inside its word. */
    private static final java.util.Set<String> KOREAN_PARTICLES = java.util.Set.of(
            "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "와", "과", "로", "으로", "도", "만", "까지", "부터",
            "과의", "와의", "에서의", "으로의", "로의", "에는", "에서는", "과는", "와는", "이다", "이며", "측", "측은", "산", "인", "이나", "나");

    private final Map<String, Gazetteer.Entry> names;
    /** The length of the longest name starting with each char. */
    private final Map<Character, Integer> longest = new java.util.HashMap<>();

    CaselessNames(Gazetteer gazetteer) {
        this.names = gazetteer.unspaced();
        for (String name : names.keySet()) {
            longest.merge(name.charAt(0), name.length(), Math::max);
        }
    }

    /** True when every letter of {@code name} is of a script written without capitals and word spaces. */
    static boolean isUnspaced(String name) {
        boolean any = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!unspacedScript(c)) {
                    return false;
                }
                any = true;
            } else if (c != '·' && c != '・' && c != 'ー') {
                return false;
            }
        }
        return any;
    }

    private static boolean unspacedScript(char c) {
        if (c < '\u1100') {
            return false; // Latin, Greek, Cyrillic, Arabic, Indic...: below Hangul Jamo, the first of these scripts
        }
        if (Character.isIdeographic(c)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
    }

    /** The known names of {@code text}, one entity per known id, in order of first mention. */
    List<LocalEntity> find(String text) {
        Map<Gazetteer.Entry, List<Surface>> mentions = new LinkedHashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            Integer max = unspacedScript(c) ? longest.get(c) : null;
            if (max == null || isHangul(c) && i > 0 && isHangul(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int matched = 0;
            for (int length = Math.min(max, n - i); length >= MIN_LENGTH; length--) {
                Gazetteer.Entry e = names.get(text.substring(i, i + length));
                if (e != null && (!isHangul(c) || wordEndsWithParticle(text, i + length))) {
                    mentions.computeIfAbsent(e, k -> new ArrayList<>()).add(new Surface(i, i + length, text.substring(i, i + length)));
                    matched = length;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        List<LocalEntity> out = new ArrayList<>(mentions.size());
        mentions.forEach((e, surfaces) -> out.add(new LocalEntity(surfaces.get(0).text(), e.type(), surfaces, e.id())));
        return out;
    }

    /** True when the Hangul word going on at {@code from} ends there or with a particle. */
    private static boolean wordEndsWithParticle(String text, int from) {
        int end = from;
        while (end < text.length() && isHangul(text.charAt(end))) {
            end++;
        }
        return end == from || KOREAN_PARTICLES.contains(text.substring(from, end));
    }

    private static boolean isHangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
