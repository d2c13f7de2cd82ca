package io.newsweave.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tense cues around a date mention and a cheap language vote. A future cue is a modal or
 * scheduling word ("will", "prochain", "wird") or a future/conditional verb ending ("-ront",
 * "-rá", "-ranno"); a past cue is a word such as "last" or "dernier". The French verb-ending rule
 * only applies when the text is plausibly French, so English "camera" or "Ankara" are no cues.
 * Immutable tables; stateless.
 */
final class TenseCues {

    enum Cue { FUTURE, PAST }

    private static final Map<String, Cue> WORDS;
    private static final Map<String, Lang> FUNCTION;
    private static final String[] FRENCH_ENDINGS = {"raient", "rait", "ront", "rons", "ra"};
    private static final Set<String> NOT_VERBS = Set.of("environs", "affront", "affronts", "sierra", "riviera");

    static {
        Map<String, Cue> w = new HashMap<>();
        put(w, Cue.FUTURE, "will would shall could might scheduled planned upcoming next due ahead expected expect expects coming plans plan "
                + "prochain prochaine prochains prochaines doit doivent devrait devraient sera seront aura auront "
                + "fera feront ira iront va vont pourra pourront devra devront prevu prevue prevus prevues "
                + "proximo proxima proximos proximas previsto prevista "
                + "prevoit prevoient preve preveem prevede prevedono erwartet erwarten "
                + "wird werden soll sollen nachste nachsten nachster nachstes kommende kommenden kommender geplant "
                + "prossimo prossima prossimi prossime previsto "
                + "vai vao");
        put(w, Cue.PAST, "last ago dernier derniere derniers dernieres pasado pasada letzten letzte letzter "
                + "vergangenen vergangene vergangener scorso scorsa passado passada");
        WORDS = Map.copyOf(w);
        Map<String, Lang> f = new HashMap<>();
        lang(f, Lang.EN, "the and of to is was were that with for has have had said it he she they by at from "
                + "this which would will be been are");
        lang(f, Lang.FR, "le la les des du et est une dans qui pour sur au aux avec ont sont pas cette ces leur "
                + "mais ou selon elle ils");
        lang(f, Lang.ES, "el los las del y por con para se su es al fue como pero sus este esta han entre");
        lang(f, Lang.DE, "der die das und ist nicht mit den dem ein eine sich von auf im zu auch wird hat sie");
        lang(f, Lang.IT, "il di che della gli non sono nel alla anche degli delle dei ha lo ai alle con per");
        lang(f, Lang.PT, "o os da do das dos nao uma com em no na ao pelo pela foi mais seu sua");
        FUNCTION = Map.copyOf(f);
    }

    private TenseCues() {
    }

    /**
     * The language votes the rules read: all for {@code language} when the language stage has
     * decided on one of {@link Lang}; else (another language, or none given) votes counted from the
     * text's function words.
     */
    static int[] votes(Tokens t, String language) {
        Lang known = Lang.of(language);
        if (known == null) {
            return vote(t);
        }
        int[] votes = new int[Lang.values().length];
        votes[known.ordinal()] = 1;
        return votes;
    }

    /** Votes per {@link Lang} ordinal, from function words. */
    static int[] vote(Tokens t) {
        int[] votes = new int[Lang.values().length];
        for (int i = 0; i < t.size; i++) {
            Lang l = FUNCTION.get(t.key[i]);
            if (l != null) {
                votes[l.ordinal()]++;
            }
        }
        return votes;
    }

    /** True when no other language has more votes than {@code lang} (so also when nobody voted). */
    static boolean plausible(int[] votes, Lang lang) {
        return votes[lang.ordinal()] >= Arrays.stream(votes).max().orElse(0);
    }

    /** True when a token is a function word of any known language. */
    static boolean functionWord(String key) {
        return FUNCTION.containsKey(key);
    }

    /** The cue carried by token {@code i}, or {@code null}. */
    static Cue cue(Tokens t, int i, boolean french) {
        if (t.kind[i] != Tokens.WORD) {
            return null;
        }
        String k = t.key[i];
        Cue c = WORDS.get(k);
        if (c != null) {
            return c;
        }
        if (k.equals("ll") && Tokens.isApostrophe(t.charBefore(i))) {
            return Cue.FUTURE;
        }
        if ((k.equals("set") || k.equals("van")) && i + 1 < t.size
                && (t.key[i + 1].equals("to") || t.key[i + 1].equals("a"))) {
            return Cue.FUTURE;
        }
        return k.length() >= 4 && mayEndLikeAVerb(k) && verbEnding(t.lower(i), french) ? Cue.FUTURE : null;
    }

    /** Cheap pre-check on the folded key: every future or conditional ending has an "r" near the end. */
    private static boolean mayEndLikeAVerb(String k) {
        int n = k.length();
        for (int i = Math.max(0, n - 7); i < n; i++) {
            if (k.charAt(i) == 'r') {
                return true;
            }
        }
        return false;
    }

    private static boolean verbEnding(String w, boolean french) {
        int n = w.length();
        if (n >= 4 && (w.endsWith("rá") || w.endsWith("rán") || w.endsWith("rão") || w.endsWith("rà"))) {
            return true;
        }
        if (n >= 6 && (w.endsWith("ranno") || w.endsWith("rebbe") || w.endsWith("rebbero"))) {
            return true;
        }
        if (n >= 5 && (w.endsWith("ría") || w.endsWith("rían"))) {
            int r = w.lastIndexOf("rí");
            return r > 0 && "aeidbr".indexOf(w.charAt(r - 1)) >= 0;
        }
        if (!french || n < 6 || NOT_VERBS.contains(w)) {
            return false;
        }
        for (String end : FRENCH_ENDINGS) {
            if (w.endsWith(end)) {
                return "eidru".indexOf(w.charAt(n - end.length() - 1)) >= 0;
            }
        }
        return false;
    }

    private static void put(Map<String, Cue> map, Cue cue, String words) {
        for (String x : words.split("\\s+")) {
            map.put(x, cue);
        }
    }

    private static void lang(Map<String, Lang> map, Lang lang, String words) {
        for (String x : words.split("\\s+")) {
            map.putIfAbsent(x, lang);
        }
    }
}
