package io.newsweave.entity;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;

/**
 * Language-independent keys of names, so that spellings of one name in several languages and
 * scripts meet: {@link #fold} writes any script in lower-case ASCII (Cyrillic by a fixed table,
 * other scripts by ICU's {@code Any-Latin; Latin-ASCII}), {@link #skeleton} merges spellings that
 * transliteration conventions tell apart ({@code zh/z, kh/h, ou/u, w/v, y/j/i}, doubled letters)
 * and {@link #stem} cuts one inflectional ending so that {@code Путина}, {@code Putinem} and
 * {@code Putin} share a key. Stateless and thread-safe.
 */
final class NameKeys {

    /** Lower-case Cyrillic U+0430..U+045F written in Latin letters. */
    private static final String[] CYRILLIC = (
            "a b v g d e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya "
            + "e e dj g ye dz i yi j lj nj c k i u dz").split(" ");
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final String[] ENDINGS = byLength(new String[] {"ovogo", "iami", "ogo", "ego", "omu", "emu", "ovi", "evi", "imi", "ami", "iia",
            "iiu", "iei", "ega", "iego", "iemu", "eho", "oiu", "eiu", "ah", "ih", "om", "em", "im", "ii", "iu", "ia", "oi", "ei", "ou", "a", "e", "i", "o", "u"});

    /** The endings longest first (a stable sort), so that {@code -iego} is cut before {@code -ego}. */
    private static String[] byLength(String[] endings) {
        String[] out = endings.clone();
        java.util.Arrays.sort(out, java.util.Comparator.comparingInt(String::length).reversed());
        return out;
    }
    /**
     * Polish locatives that change the stem's last consonant (Brexicie, Barnierze, Pradze): the
     * ending and what the stem ends with in the other cases. Dictionary words are brought to their
     * base form before ({@link NameLemmas}); these are for names the dictionary lacks.
     */
    private static final String[][] ALTERNATIONS = {{"cie", "t"}, {"dzie", "d"}, {"rze", "r"}, {"dze", "g"}, {"sce", "sk"}};

    private NameKeys() {
    }

    /** Lower-case ASCII letters and digits of {@code name}, words separated by one space. */
    static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean other = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                appendAscii(out, c);
            } else if (c >= 0x400 && c < 0x460 || c == 'ґ' || c == 'Ґ') {
                char lower = Character.toLowerCase(c);
                if (lower == 'ґ') {
                    out.append('g');
                } else if (lower == 'ъ' && i + 1 < name.length() && consonant(name.charAt(i + 1))
                        && !(Character.toLowerCase(name.charAt(i + 1)) == 'т' && (i + 2 == name.length() || !Character.isLetter(name.charAt(i + 2))))) {
                    out.append('a'); // Bulgarian: Тръмп is Tramp, Джонсън Johnson; a Russian hard sign never stands before a consonant
                } else if ((lower == 'ъ' || lower == 'я') && i + 1 < name.length() && Character.toLowerCase(name.charAt(i + 1)) == 'т'
                        && i > 0 && (i + 2 == name.length() || !Character.isLetter(name.charAt(i + 2)))) {
                    i++; // Bulgarian definite article -ът, -ят: Брекзитът is Брекзит
                } else if (lower >= 0x430 && lower < 0x460) {
                    String s = CYRILLIC[lower - 0x430];
                    out.append(s.equals("_") ? "" : s);
                }
            } else if (c == 'ł' || c == 'Ł') {
                out.append('l');
            } else if (c == 'ß') {
                out.append("ss");
            } else if (c == 'ø' || c == 'Ø') {
                out.append('o');
            } else if (c == 'æ' || c == 'Æ') {
                out.append("ae");
            } else if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else if (c == 'ı') {
                out.append('i');
            } else if (c == '’' || c == 'ʹ' || c == 'ʼ' || c == '‘') {
                // apostrophes and soft signs vanish
            } else if (Character.isLetter(c) && c < 0x250) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int k = 0; k < d.length(); k++) {
                    if (d.charAt(k) < 0x80) {
                        appendAscii(out, d.charAt(k));
                    }
                }
            } else if (Character.isLetterOrDigit(c)) {
                other = true;
                out.append(c);
            } else {
                appendAscii(out, ' ');
            }
        }
        String s = out.toString();
        if (other) {
            s = TO_LATIN.get().transliterate(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", "");
        }
        return collapse(s);
    }

    /** A Cyrillic consonant letter. */
    private static boolean consonant(char c) {
        return "бвгджзйклмнпрстфхцчшщ".indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static void appendAscii(StringBuilder out, char c) {
        if (c >= 'A' && c <= 'Z') {
            out.append((char) (c + 32));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
        } else if (c == '\'' || c == '.') {
            // U.S. -> us, O'Brien -> obrien
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static String collapse(String s) {
        String t = s.strip();
        return t.indexOf("  ") < 0 ? t : t.replaceAll(" +", " ");
    }

    /** One folded word written so that transliteration variants coincide. */
    static String skeleton(String word) {
        StringBuilder b = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            if (c == 's' && word.startsWith("shch", i)) {
                b.append('s');
                i += 3;
            } else if (c == 's' && word.startsWith("sch", i) || c == 't' && word.startsWith("tsch", i)) {
                b.append(word.charAt(i) == 't' ? 'c' : 's');
                i += word.charAt(i) == 't' ? 3 : 2;
            } else if (next == 'h' && (c == 'z' || c == 'k' || c == 'c' || c == 's' || c == 'p' || c == 't')) {
                b.append(c == 'z' ? 'z' : c == 'k' ? 'h' : c == 'c' ? 'c' : c == 's' ? 's' : c == 'p' ? 'f' : 't');
                i++;
            } else if ((c == 't' && (next == 's' || next == 'z')) || (c == 'c' && next == 'z')) {
                b.append('c');
                i++;
            } else if ((c == 's' || c == 'r') && next == 'z') {
                b.append(c == 's' ? 's' : 'z');
                i++;
            } else if ((c == 'l' || c == 'n') && next == 'z') {
                b.append(c).append('c'); // Scholz is Шольц, Scholza Шольца: a German z after l or n is ts
                i++;
            } else if (c == 'g' && next == 'h') {
                b.append('g'); // Draghi, Afghanistan: Драги, Афганистан
                i++;
            } else if (c == 'k' && next == 'z') {
                b.append("ks"); // Brexit is Брексит and Брекзит
                i++;
            } else if (c == 'c' && next == 'k') {
                b.append('k');
                i++;
            } else if (c == 'o' && next == 'u') {
                b.append('u');
                i++;
            } else if (c == 'g' && next == 'u' && i + 2 < n && (word.charAt(i + 2) == 'e' || word.charAt(i + 2) == 'i')) {
                b.append('g');
                i++;
            } else if (c == 'w') {
                b.append('v');
            } else if (c == 'x') {
                b.append("ks");
            } else if (c == 'q') {
                b.append('k');
            } else if (c == 'y' || c == 'j') {
                b.append('i');
            } else {
                b.append(c);
            }
        }
        StringBuilder d = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (d.length() == 0 || d.charAt(d.length() - 1) != c) {
                d.append(c);
            }
        }
        return d.toString();
    }

    /** A skeleton without one inflectional ending, keeping at least three letters. */
    static String stem(String skeleton) {
        if (skeleton.isEmpty()) {
            return skeleton;
        }
        char last = skeleton.charAt(skeleton.length() - 1);
        if (last == 'e') { // every alternation ends in e
            for (String[] a : ALTERNATIONS) {
                if (skeleton.endsWith(a[0]) && skeleton.length() - a[0].length() >= 4) {
                    return skeleton.substring(0, skeleton.length() - a[0].length()) + a[1];
                }
            }
        }
        String[] endings = last < ENDINGS_BY_LAST.length ? ENDINGS_BY_LAST[last] : null;
        if (endings != null) {
            for (String e : endings) {
                if (skeleton.endsWith(e) && skeleton.length() - e.length() >= 3) {
                    return skeleton.substring(0, skeleton.length() - e.length());
                }
            }
        }
        return skeleton;
    }

    /** {@link #ENDINGS} by their last letter, each list longest first as there. */
    private static final String[][] ENDINGS_BY_LAST = byLast(ENDINGS);

    private static String[][] byLast(String[] endings) {
        String[][] out = new String[128][];
        for (String e : endings) {
            char c = e.charAt(e.length() - 1);
            String[] list = out[c] == null ? new String[0] : out[c];
            list = java.util.Arrays.copyOf(list, list.length + 1);
            list[list.length - 1] = e;
            out[c] = list;
        }
        return out;
    }

    /** The key of one word: folded, skeleton, stem. */
    static String word(String word) {
        String f = fold(word).replace(" ", "");
        return f.isEmpty() ? f : stem(skeleton(f));
    }

    /**
     * The key of a name as written in {@code language}: in a language with a dictionary each word
     * is first brought to its base form ({@link NameLemmas}: {@code Wielkiej Brytanii} is keyed as
     * {@code Wielki Brytania}, like {@code Wielka Brytania}).
     */
    static String name(String name, String language) {
        return name(written(NameLemmas.base(name, language), language));
    }

    /**
     * A name with the letters of {@code language}'s own transliteration that stand for another
     * sound written as that sound: French {@code tch} is č and {@code ch} š (Gorbatchev,
     * Timochenko: Gorbačev, Timošenko).
     */
    static String written(String name, String language) {
        if ("fr".equals(language) && name.indexOf('h') > 0) {
            return name.replace("tch", "č").replace("Tch", "Č").replace("ch", "š").replace("Ch", "Š");
        }
        return name;
    }

    /** The key of a name as written in {@code language}, without cutting endings (see {@link #exact(String)}). */
    static String exact(String name, String language) {
        return exact(written(NameLemmas.base(name, language), language));
    }

    /** Finnish case endings of a name's last word, longest first: after a linking i (Putinin, Marinille), then after a vowel. */
    private static final String[] FINNISH = {"issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille", "iksi", "iin",
        "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "ia", "iä", "in", "n"};

    /**
     * The name as it may stand uninflected, when {@code language} marks names with an ending that
     * a name may also end with uninflected, so that the ending cannot be cut from every name:
     * German's genitive s ({@code Merkels}; but {@code Paris}), Finnish case endings on the last
     * word ({@code Marinin}, {@code Ukrainassa}; but {@code Marin}). Tried only when the name as
     * written meets nothing. Longest ending first; empty for other languages.
     */
    static java.util.List<String> uninflected(String name, String language) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        String head = name.substring(0, space + 1);
        java.util.List<String> out = new java.util.ArrayList<>(2);
        if ("de".equals(language)) {
            if (last.length() >= 4 && (last.endsWith("'") || last.endsWith("’"))) {
                out.add(head + last.substring(0, last.length() - 1)); // Scholz'
            } else if (last.length() >= 5 && last.endsWith("s") && "sxzß".indexOf(last.charAt(last.length() - 2)) < 0) {
                out.add(head + last.substring(0, last.length() - 1));
            }
        } else if ("fi".equals(language)) {
            for (String e : FINNISH) {
                if (last.length() - e.length() >= 4 && last.endsWith(e)) {
                    out.add(head + last.substring(0, last.length() - e.length()));
                }
            }
        }
        return out;
    }

    /** The key of a whole name: the key of each of its words, space-separated. */
    static String name(String name) {
        return eachWord(name, w -> stem(skeleton(w)));
    }

    /** The key of a whole name without cutting endings: the skeleton of each word. */
    static String exact(String name) {
        return eachWord(name, NameKeys::skeleton);
    }

    /**
     * The key of a name with at most one final vowel cut from each word: a second key under which
     * a name is indexed and looked up, for forms whose full ending cut differs ({@code Газпрому}
     * is cut to {@code gazpr}, {@code Газпрома} to {@code gazprom}; lightly, both are {@code gazprom}).
     */
    static String light(String name, String language) {
        return light(written(NameLemmas.base(name, language), language));
    }

    /** {@link #light(String, String)} of a name already in its base form and written form. */
    static String light(String name) {
        return eachWord(name, w -> {
            String k = skeleton(w);
            return k.length() >= 4 && "aeiou".indexOf(k.charAt(k.length() - 1)) >= 0 ? k.substring(0, k.length() - 1) : k;
        });
    }

    /** The folded name with {@code key} applied to each of its words, space-separated. */
    private static String eachWord(String name, java.util.function.UnaryOperator<String> key) {
        String f = fold(name);
        if (f.isEmpty()) {
            return f;
        }
        StringBuilder b = new StringBuilder(f.length());
        for (String w : f.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(key.apply(w));
        }
        return b.toString();
    }

    /** A readable id body: the folded name with hyphens ({@code vladimir-putin}). */
    static String slug(String name) {
        String f = fold(name).replace(' ', '-');
        if (f.length() > 60) {
            f = f.substring(0, 60);
        }
        return f.isEmpty() ? "x" : f;
    }

    /** Levenshtein distance, stopping early once it passes {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
