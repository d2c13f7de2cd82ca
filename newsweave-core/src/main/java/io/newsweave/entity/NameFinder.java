package io.newsweave.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names in one pass over the tokens: runs of capitalized words joined by name connectors
 * ({@code de}, {@code von}, {@code van der}, {@code al}), cut at titles and honorifics
 * ({@code President}, {@code M.}, {@code porte-parole}), typed by cues, word lists and the
 * gazetteer. Guards against junk: a capital at a sentence start counts only with evidence (the
 * word is capitalized inside a sentence elsewhere in the article, is a known name, a given name or
 * an acronym), function words never open a name, and lines in title case or too short to be
 * sentences (headlines, share buttons, tag lists) only repeat names found in running text. Does
 * not find lower-case names or names inside words. Stateless and thread-safe.
 */
final class NameFinder {

    /** Endings of nationality adjectives (en, de, nl, fr), tried in this order. */
    private static final String[] DEMONYM_ENDINGS = {"ian", "ians", "ean", "eans", "ese", "ish", "can", "cans", "ern", "erners",
        "ische", "isch", "ischen", "ischer", "aanse", "andse", "ais", "aise", "ois", "oise", "ien", "ienne", "iens"};

    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;

    NameFinder(NameLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String text, List<Token> toks, String language) {
        boolean[] reliable = reliableLines(toks);
        Set<String> capInside = new HashSet<>();
        Set<String> lowerSeen = new HashSet<>();
        for (Token t : toks) {
            if (t.word() && t.cap() && !t.initial() && reliable[t.line()]) {
                capInside.add(t.lower());
            } else if (t.word() && !t.cap()) {
                lowerSeen.add(t.lower());
            }
        }
        List<Candidate> found = new ArrayList<>();
        List<Candidate> doubtful = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (!t.word() || !t.cap()) {
                i++;
                continue;
            }
            int end = i;
            while (true) {
                int next = end + 1;
                if (next < toks.size() && isName(toks.get(next), t.line())) {
                    end = next;
                } else if (next + 1 < toks.size() && connector(toks.get(next)) && isName(toks.get(next + 1), t.line())) {
                    end = next + 1;
                } else if (next + 2 < toks.size() && connector(toks.get(next)) && connector(toks.get(next + 1))
                        && isName(toks.get(next + 2), t.line())) {
                    end = next + 2; // Congreso de los Diputados, Ursula von der Leyen
                } else if (next + 1 < toks.size() && toks.get(next).text().equals(".") && toks.get(end).text().length() == 1
                        && isName(toks.get(next + 1), t.line())) {
                    end = next + 1; // J. Smith
                } else {
                    break;
                }
            }
            List<Token> span = new ArrayList<>();
            for (int k = i; k <= end; k++) {
                if (toks.get(k).word()) {
                    span.add(toks.get(k));
                }
            }
            Token before = previousWord(toks, i);
            boolean orgCue = orgCue(toks, i);
            shape(text, span, before, orgCue, capInside, lowerSeen, language, reliable[t.line()] ? found : doubtful);
            i = end + 1;
        }
        if (!doubtful.isEmpty()) {
            Set<String> keys = new HashSet<>();
            for (Candidate c : found) {
                keys.add(c.key());
            }
            for (Candidate c : doubtful) {
                if (c.known() != null || keys.contains(c.key())) {
                    found.add(c);
                }
            }
            found.sort(java.util.Comparator.comparingInt(Candidate::start));
        }
        return found;
    }

    private boolean connector(Token t) {
        return t.word() && !t.cap() && lexicon.isConnector(t.lower());
    }

    private static boolean isName(Token t, int line) {
        return t.word() && t.cap() && t.line() == line;
    }

    /**
     * True when one of the two words before a name is a lower-case organisation noun: "koncern
     * Gazprom", "linie lotnicze Ryanair", "агентство Reuters", "the airline Ryanair".
     */
    private boolean orgCue(List<Token> toks, int i) {
        int seen = 0;
        for (int k = i - 1; k >= 0 && seen < 2; k--) {
            Token t = toks.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.cap()) {
                return false;
            }
            if (lexicon.isOrgHead(t.lower())) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private static Token previousWord(List<Token> toks, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            if (toks.get(k).word()) {
                return toks.get(k);
            }
        }
        return null;
    }

    /** Trims one run of capitalized words into zero, one or two candidates. */
    private void shape(String source, List<Token> span, Token before, boolean orgCue, Set<String> capInside, Set<String> lowerSeen,
                       String language, List<Candidate> out) {
        boolean personCue = before != null && !before.cap() && lexicon.isTitle(before.lower())
                || before != null && before.cap() && before.lower().length() <= 3 && lexicon.isTitle(before.lower());
        boolean locCue = before != null && !before.cap() && lexicon.isLocationPreposition(before.lower());
        boolean cut = false;
        for (int k = span.size() - 2; k >= 0; k--) {
            if ((lexicon.isTitle(span.get(k).lower()) || "de".equals(language) && compoundTitle(span.get(k).lower()))
                    && !lexicon.isConnector(span.get(k).lower())) {
                span = new ArrayList<>(span.subList(k + 1, span.size()));
                personCue = true;
                cut = true;
                break;
            }
        }
        while (!span.isEmpty() && (lexicon.isConnector(span.get(0).lower()) && !span.get(0).cap()
                || lexicon.isStop(span.get(0).lower()) && (span.get(0).initial() || span.size() == 1 || span.get(0).caps()
                        // an article before a known name: « La Russie », "The Hague" stays (it is known whole)
                        || known(span) == null && known(span.subList(1, span.size())) != null)
                || lexicon.isNotName(span.get(0).lower()) && (span.size() == 1 || gazetteer.lookup(span.get(0).text(),
                NameKeys.name(span.get(0).text())) == null)
                || span.get(0).initial() && !evidence(span.get(0), capInside, lowerSeen))) {
            span.remove(0);
        }
        if (span.isEmpty()) {
            return;
        }
        if (span.size() >= 3 && !cut && ledBy(span, language)) {
            // "Великобритания Тереза Мей", "ЕС Мишел Барние": a known place or body, or an acronym, names the person's country or employer
            add(source, List.of(span.get(0)), false, locCue, language, out);
            span = new ArrayList<>(span.subList(1, span.size()));
            locCue = false;
        }
        for (int p = 1; p < span.size() - 1; p++) {
            if (lexicon.isGivenName(span.get(p).lower()) && !lexicon.isGivenName(span.get(p - 1).lower())
                    && !lexicon.isConnector(span.get(p - 1).lower())) {
                List<Token> head = new ArrayList<>(span.subList(0, p));
                if (!cut || head.size() > 1 || known(head) != null) {
                    add(source, head, false, locCue, language, out);
                }
                span = new ArrayList<>(span.subList(p, span.size()));
                personCue = true;
                locCue = false;
                break;
            }
        }
        add(source, span, personCue, locCue, orgCue, language, out);
    }

    /** German role nouns that end compounds: "Aufsichtsratschef", "Skirennfahrerin", "Bundestrainer". */
    private static final List<String> GERMAN_TITLE_TAILS = List.of("chef", "chefin", "minister", "ministerin", "sprecher",
            "sprecherin", "präsident", "präsidentin", "kanzler", "kanzlerin", "trainer", "trainerin", "leiter", "leiterin",
            "direktor", "direktorin", "vorsitzende", "vorsitzender", "fahrer", "fahrerin", "spieler", "spielerin", "sänger",
            "sängerin", "berater", "beraterin", "botschafter", "botschafterin", "bürgermeister", "bürgermeisterin");

    /**
     * A German compound whose last part is a role noun, with at least three letters before it: a
     * title like the role noun alone ("Skirennfahrerin Lara Imboden" is Lara Imboden). The run's
     * last word is never read so, so a surname ending alike ("Hofmeister") stays a name.
     */
    private static boolean compoundTitle(String lower) {
        for (String tail : GERMAN_TITLE_TAILS) {
            if (lower.length() >= tail.length() + 3 && lower.endsWith(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the run's first word is a name of its own before a person's name: a known place or
     * body alone (and not the start of a longer known name), or an acronym before words that are
     * not.
     */
    private boolean ledBy(List<Token> span, String language) {
        Token first = span.get(0);
        if (first.caps() && first.text().length() <= 5) {
            return !span.get(1).caps() && !span.get(2).caps();
        }
        String text = first.text();
        if (gazetteer.lookup(text, NameKeys.name(text, language)) == null) {
            return false;
        }
        return known(span.subList(0, 2)) == null && known(span) == null;
    }

    private boolean evidence(Token t, Set<String> capInside, Set<String> lowerSeen) {
        if (t.caps() || lexicon.isGivenName(t.lower())) {
            return true;
        }
        if (gazetteer.startsName(NameKeys.word(t.text()))) {
            return true;
        }
        return capInside.contains(t.lower()) && !lowerSeen.contains(t.lower()) && !lexicon.isStop(t.lower());
    }

    private Gazetteer.Entry known(List<Token> span) {
        String text = text(span);
        return gazetteer.lookup(text, NameKeys.name(text));
    }

    private void add(String source, List<Token> span, boolean personCue, boolean locCue, String language, List<Candidate> out) {
        add(source, span, personCue, locCue, false, language, out);
    }

    private void add(String source, List<Token> span, boolean personCue, boolean locCue, boolean orgCue, String language,
                     List<Candidate> out) {
        String text = source.substring(span.get(0).start(), span.get(span.size() - 1).end());
        String key = NameKeys.name(text, language);
        if (key.isEmpty() || span.size() == 1 && (lexicon.isNotName(span.get(0).lower()) || span.get(0).text().length() < 2
                || lexicon.isTitle(span.get(0).lower()) && !span.get(0).caps())) {
            return;
        }
        for (Token t : span) {
            if (garbled(t.text())) {
                return;
            }
        }
        Gazetteer.Entry known = gazetteer.lookup(text, key);
        for (String form : known == null ? NameKeys.uninflected(text, language) : List.<String>of()) {
            known = gazetteer.lookup(form, NameKeys.name(form, language));
            if (known != null) {
                break;
            }
        }
        EntityType type = personCue ? EntityType.PERSON : known != null ? known.type() : guess(span);
        if (orgCue && known == null && !personCue && (type == null || type == EntityType.OTHER
                || type == EntityType.PERSON && !lexicon.isGivenName(span.get(0).lower()))) {
            type = EntityType.ORGANIZATION;
        }
        if (type == null && "de".equals(language) && span.size() == 1) {
            return; // German capitalizes every noun: a lone capitalized word says nothing
        }
        out.add(new Candidate(List.copyOf(span), text, type, personCue, locCue, personCue ? null : known, key));
    }

    /** Mixed case inside a word (a URL slug, a hash), or letters glued to digits: not a name. */
    private static boolean garbled(String word) {
        int upperInside = 0;
        boolean digit = false;
        boolean letter = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k > 0 && Character.isUpperCase(c) && word.charAt(k - 1) != '-' && word.charAt(k - 1) != '\'' && word.charAt(k - 1) != '’'
                    && word.charAt(k - 1) != '.') {
                upperInside++;
            }
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return upperInside >= 3 && !word.equals(word.toUpperCase(java.util.Locale.ROOT)) || digit && letter && word.length() > 4;
    }

    private EntityType guess(List<Token> span) {
        if (span.size() >= 2 && lexicon.isGivenName(span.get(0).lower())) {
            return EntityType.PERSON;
        }
        for (Token t : span) {
            if (lexicon.isOrgHead(t.lower())) {
                return EntityType.ORGANIZATION;
            }
        }
        for (Token t : span) {
            if (lexicon.isLocHead(t.lower())) {
                return EntityType.LOCATION;
            }
        }
        if (span.size() == 1) {
            Token t = span.get(0);
            if (t.caps()) {
                return EntityType.ORGANIZATION;
            }
            return demonym(t.lower()) || RoleLexicon.get().nationalityWord(t.lower()) != null ? EntityType.OTHER : null;
        }
        Gazetteer.Entry tail = gazetteer.lookup(span.get(span.size() - 1).text(), NameKeys.name(span.get(span.size() - 1).text()));
        if (tail != null && tail.type() == EntityType.LOCATION) {
            return EntityType.LOCATION; // Eastern Europe, Central Asia
        }
        boolean connector = false;
        for (Token t : span) {
            connector |= !t.cap();
        }
        return !connector && span.size() <= 3 ? EntityType.PERSON : EntityType.ORGANIZATION;
    }

    private static boolean demonym(String lower) {
        if (lower.length() <= 5) {
            return false;
        }
        for (String suffix : DEMONYM_ENDINGS) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static String text(List<Token> span) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        for (Token t : span) {
            if (prev != null && prev.end() < t.start()) {
                b.append(' ');
            }
            b.append(t.text());
            prev = t;
        }
        return b.toString();
    }

    /** Which lines read as running text: longer than three words, and ending as a sentence or not in title case. */
    private static boolean[] reliableLines(List<Token> toks) {
        int lines = toks.isEmpty() ? 1 : toks.get(toks.size() - 1).line() + 1;
        int[] words = new int[lines];
        int[] caps = new int[lines];
        boolean[] closed = new boolean[lines];
        for (Token t : toks) {
            closed[t.line()] = !t.word() && ".!?\"»”".indexOf(t.text().charAt(0)) >= 0;
            if (t.word() && Character.isLetter(t.text().charAt(0))) {
                words[t.line()]++;
                if (t.cap() && !t.initial()) {
                    caps[t.line()]++;
                }
            }
        }
        boolean[] out = new boolean[lines];
        for (int l = 0; l < lines; l++) {
            out[l] = words[l] > 3 && (closed[l] || caps[l] * 2 <= words[l]);
        }
        return out;
    }
}
