package io.newsweave.cluster;

/**
 * A folded word's matching skeleton, so that one name written in Cyrillic and in the Latin
 * spellings of several languages gives one key: Cyrillic letters map to Latin ones, and the
 * spellings languages choose for one sound meet (Polish {@code sz} / English {@code sh} / Czech
 * {@code š} → {@code s}; {@code ch}, {@code cz}, {@code č}, {@code ц} → {@code c}; {@code j},
 * {@code y} → {@code i}; {@code w} → {@code v}; {@code x} → {@code ks}). Путин, Putin → putin;
 * Зеленский, Zelensky, Zełenski → zelenski...; Брексит, Brexit → breksit. A key for matching, never
 * shown: it merges some spellings of different words too, which the clustering's other channels
 * and IDF weigh. Input: a word already lower-cased and accent-folded ({@link io.newsweave.text.Folding}).
 * Stateless.
 */
final class Skeleton {

    private Skeleton() {
    }

    /** The first {@code length} characters of a folded word's skeleton (the whole skeleton when shorter). */
    static String prefix(String folded, int length) {
        String s = of(folded);
        return s.length() <= length ? s : s.substring(0, length);
    }

    /** The skeleton of a folded word. */
    static String of(String folded) {
        int n = folded.length();
        StringBuilder out = new StringBuilder(n + 2);
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            char next = i + 1 < n ? folded.charAt(i + 1) : 0;
            switch (c) {
                case 's' -> {
                    if (next == 'h' || next == 'z') {
                        i++;
                    } else if (next == 'c' && i + 2 < n && folded.charAt(i + 2) == 'h') {
                        i += 2;
                    }
                    out.append('s');
                }
                case 'c' -> {
                    if (next == 'h' || next == 'z') {
                        i++;
                    } else if (next == 'k') {
                        i++;
                        out.append('k');
                        continue;
                    }
                    out.append('c');
                }
                case 't' -> {
                    if (next == 's' || next == 'z') {
                        i++;
                        out.append('c');
                    } else {
                        out.append('t');
                    }
                }
                case 'z' -> {
                    if (next == 'h') {
                        i++;
                    }
                    out.append('z');
                }
                case 'k' -> {
                    if (next == 'h') {
                        i++;
                        out.append('h');
                    } else {
                        out.append('k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        i++;
                        out.append('f');
                    } else {
                        out.append('p');
                    }
                }
                case 'j', 'y' -> out.append('i');
                case 'w' -> out.append('v');
                case 'x' -> out.append("ks");
                case 'q' -> out.append('k');
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'đ' -> out.append('d');
                default -> {
                    String cyrillic = cyrillic(c);
                    out.append(cyrillic != null ? cyrillic : String.valueOf(c));
                }
            }
        }
        return out.toString();
    }

    /** The Latin skeleton of a lower-case Cyrillic letter, "" for the signs, or null for any other character. */
    private static String cyrillic(char c) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г', 'ґ' -> "g";
            case 'д' -> "d";
            case 'е', 'ё', 'є', 'э' -> "e";
            case 'ж', 'з' -> "z";
            case 'и', 'і', 'ї', 'й', 'ы', 'ј' -> "i";
            case 'к' -> "k";
            case 'л', 'љ' -> "l";
            case 'м' -> "m";
            case 'н', 'њ' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с', 'ш', 'щ' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "h";
            case 'ц', 'ч', 'ћ' -> "c";
            case 'ђ' -> "d";
            case 'џ' -> "dz";
            case 'ю' -> "iu";
            case 'я' -> "ia";
            case 'ъ', 'ь' -> "";
            default -> null;
        };
    }
}
