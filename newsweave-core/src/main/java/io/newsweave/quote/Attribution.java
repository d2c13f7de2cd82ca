package io.newsweave.quote;

import io.newsweave.text.WordRuns;

/**
 * Who a quote is attributed to, as the text around it says, before names are resolved: a speaker
 * phrase with its offsets, a pronoun, or an implied subject ("dijo", "ha detto").
 *
 * @param kind    what the phrase is
 * @param start   offset of the speaker phrase (-1 for {@link Kind#IMPLIED})
 * @param end     offset after it
 * @param headEnd offset where its first comma-separated part ends ("Flynn" of "Flynn, a top aide,")
 * @param forward whether the speaker follows the verb ("said Peskov"), so that its first name is the head
 * @param cue     the reporting word as written
 */
record Attribution(Kind kind, int start, int end, int headEnd, boolean forward, String cue) {

    /** What the speaker phrase is. */
    enum Kind { PHRASE, PRONOUN, PLURAL, IMPLIED }

    private static final int MAX_PHRASE_WORDS = 8;
    /** Tokens read after a quote: the verb within 12, then its speaker. */
    private static final int AFTER_TOKENS = 32;

    /** The attribution after a quote, in {@code [from, to)}: "…,” Peskov said", "…», a-t-il déclaré", "—dijo Juan—". */
    static Attribution after(WordRuns words, int from, int to) {
        WindowTokens w = WindowTokens.of(words, from, to, AFTER_TOKENS);
        int first = 0;
        while (first < w.size() && !w.isWord(first) && ",:—–-".indexOf(w.punct(first)) >= 0) {
            first++;
        }
        for (int k = first; k < w.size() && k < first + 12; k++) {
            if (!w.isWord(k)) {
                if (w.endsSentence(k) || Marks.isMark(w.punct(k)) || w.punct(k) == '(') {
                    return null;
                }
                continue;
            }
            String lower = w.lower(k);
            if (AttributionCues.isVerb(AttributionCues.verbPart(lower)) || k == first && AttributionCues.isAdjacentVerb(lower)) {
                return around(w, first, k);
            }
            if (AttributionCues.isMarker(lower)) {
                return marker(w, k);
            }
            if (AttributionCues.isPostMarker(lower)) {
                return backward(w, first, k, w.raw(k));
            }
        }
        return null;
    }

    /** The attribution before a quote, in {@code [from, to)}: "Peskov said: “…", "selon X, « … »", "X warned of a “…". */
    static Attribution before(WordRuns words, int from, int to) {
        WindowTokens w = WindowTokens.of(words, from, to);
        int n = w.size();
        if (n == 0) {
            return null;
        }
        int lo = 0;
        for (int k = n - 1; k >= 0; k--) {
            if (w.endsSentence(k) || !w.isWord(k) && Marks.isMark(w.punct(k))) {
                lo = k + 1;
                break;
            }
        }
        boolean colon = !w.isWord(n - 1) && w.punct(n - 1) == ':';
        if (colon) {
            Attribution named = appositiveName(w, lo, n - 2);
            if (named != null) {
                return named; // "…, provoquant la colère de la porte-parole, Amélie Roux : « … »"
            }
        }
        for (int k = n - 1; k >= lo && k >= n - 30; k--) {
            if (!w.isWord(k)) {
                continue;
            }
            String lower = w.lower(k);
            if (AttributionCues.isVerb(AttributionCues.verbPart(lower))) {
                if (lower.endsWith("ing") && !colon) {
                    continue; // "…, arguing that Trump “lashed out”": the speaker is the main verb's
                }
                return around(w, lo, k);
            }
            if (AttributionCues.isMarker(lower)) {
                return marker(w, k);
            }
        }
        if (lo < n && w.isWord(lo) && AttributionCues.isOpeningMarker(w.lower(lo)) && !w.isWord(n - 1) && w.punct(n - 1) == ',') {
            return phrase(w, lo + 1, n - 2, true, w.raw(lo));
        }
        if (colon && lo < n - 1) {
            // "X: « … »", or a clause whose subject speaks: "Kraus warf ihm Untätigkeit vor: „…“"
            return phrase(w, lo, n - 2, true, ":");
        }
        return null;
    }

    /**
     * A name of two to four capitalized words set off by a comma right before a colon ("…, Amélie
     * Roux :"): the person the quote after the colon is given to, whatever verb stands earlier in
     * the sentence; {@code null} when the words before the colon are not such a name.
     */
    private static Attribution appositiveName(WindowTokens w, int lo, int last) {
        int first = last;
        while (first >= lo && w.isWord(first) && w.isCapitalized(first) && last - first < 4) {
            first--;
        }
        int words = last - first;
        if (words < 2 || first < lo || w.isWord(first) || w.punct(first) != ',') {
            return null;
        }
        return new Attribution(Kind.PHRASE, w.start(first + 1), w.end(last), w.end(last), false, ":");
    }

    /** The speaker of the reporting verb at {@code k}: before it, inverted in it, or after it. */
    private static Attribution around(WindowTokens w, int lo, int k) {
        String cue = w.raw(k);
        if (AttributionCues.pronounTail(w.lower(k))) {
            return new Attribution(Kind.PRONOUN, w.start(k), w.end(k), w.end(k), false, cue);
        }
        Attribution before = backward(w, lo, k, cue);
        return before != null ? before : forward(w, k + 1, cue);
    }

    private static Attribution marker(WindowTokens w, int k) {
        int s = k + 1;
        String cue = w.raw(k);
        if (w.lower(k).equals("according") && s < w.size() && w.lower(s).equals("to")) {
            cue = cue + " " + w.raw(s);
            s++;
        }
        Attribution a = forward(w, s, cue);
        return a == null || a.kind == Kind.IMPLIED ? null : a;
    }

    /** The speaker phrase read backwards from the verb at {@code k}, or null when there is none. */
    private static Attribution backward(WindowTokens w, int lo, int k, String cue) {
        int j = k - 1;
        while (j >= lo && w.isWord(j) && AttributionCues.isBetween(w.lower(j))) {
            j--;
        }
        int adverbial = AttributionCues.adverbialEndingAt(w, lo, j);
        if (adverbial > 0) {
            // "…», a pour sa part annoncé l'édile": the words before the verb hold no subject
            j -= adverbial;
            while (j >= lo && (w.isWord(j) ? AttributionCues.isBetween(w.lower(j)) : w.punct(j) == ',')) {
                j--;
            }
        }
        if (j >= lo && w.isWord(j) && AttributionCues.pronounTail(w.lower(j))) {
            return new Attribution(Kind.PRONOUN, w.start(j), w.end(j), w.end(j), false, cue);
        }
        int last = j;
        int firstTok = -1;
        int words = 0;
        int commas = 0;
        for (; j >= lo; j--) {
            if (w.isWord(j)) {
                String lower = w.lower(j);
                if (AttributionCues.isClause(lower) || AttributionCues.isVerb(lower) || ++words > MAX_PHRASE_WORDS) {
                    break;
                }
                firstTok = j;
            } else if (w.punct(j) != ',' || ++commas > 2) {
                break;
            }
        }
        while (last >= 0 && last > firstTok && !w.isWord(last)) {
            last--;
        }
        if (firstTok < 0 || last < firstTok) {
            return null;
        }
        return phrase(w, firstTok, last, false, cue);
    }

    /** The speaker phrase after the verb ("said Dmitry Peskov, the Kremlin spokesman"); implied when empty. */
    private static Attribution forward(WindowTokens w, int s, String cue) {
        if (s < w.size() && w.isWord(s) && AttributionCues.isPronounAfterVerb(w.lower(s))) {
            return phrase(w, s, s, true, cue);
        }
        int last = -1;
        int words = 0;
        boolean appositive = false;
        for (int j = s; j < w.size() && words < MAX_PHRASE_WORDS; j++) {
            if (!w.isWord(j)) {
                char p = w.punct(j);
                if (p == ',' && !appositive && words > 0 && j + 1 < w.size() && w.isWord(j + 1) && w.isCapitalized(j + 1)) {
                    appositive = true;
                    continue;
                }
                if (p == '.' && !w.endsSentence(j) || p == '-' || p == '’' || p == '\'') {
                    continue;
                }
                break;
            }
            if (AttributionCues.isAfterStop(w.lower(j)) || j + 1 < w.size() && AttributionCues.prepositionA(w.lower(j), w.lower(j + 1))) {
                break;
            }
            words++;
            last = j;
        }
        if (last < 0) {
            return new Attribution(Kind.IMPLIED, -1, -1, -1, true, cue);
        }
        return phrase(w, s, last, true, cue);
    }

    /** The phrase of tokens {@code [first, last]}, or null when it holds no word. */
    private static Attribution phrase(WindowTokens w, int first, int last, boolean forward, String cue) {
        // the phrase starts and ends on words: "”, Ivanov: «…»" reads "Ivanov", not ", Ivanov"
        first = Math.max(first, 0);
        last = Math.min(last, w.size() - 1);
        while (first <= last && !w.isWord(first)) {
            first++;
        }
        while (last >= first && !w.isWord(last)) {
            last--;
        }
        if (first > last) {
            return null;
        }
        int headEnd = w.end(last);
        for (int j = first + 1; j <= last; j++) {
            if (!w.isWord(j) && w.punct(j) == ',') {
                headEnd = w.end(j - 1);
                break;
            }
        }
        if (first == last && w.isWord(first)) {
            String lower = w.lower(first);
            Kind kind = AttributionCues.isSingular(lower) ? Kind.PRONOUN : AttributionCues.isPlural(lower) ? Kind.PLURAL : Kind.PHRASE;
            return new Attribution(kind, w.start(first), w.end(first), w.end(first), forward, cue);
        }
        return new Attribution(Kind.PHRASE, w.start(first), w.end(last), headEnd, forward, cue);
    }
}
