package io.newsweave.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU's sentence rules with the locale's abbreviation suppressions ({@code @ss=standard}),
 * followed by a pass of {@link Abbreviations} that joins a segment ending in a title, an initial
 * or a dotted acronym to the next one on the same line. Thread-safe: prototypes are cached per
 * language and cloned per call.
 */
final class IcuSentenceSplitter implements SentenceSplitter {

    private final Map<String, BreakIterator> prototypes = new ConcurrentHashMap<>();

    @Override
    public List<Sentence> split(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        BreakIterator it = (BreakIterator) prototype(language).clone();
        it.setText(text);
        List<Sentence> out = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                continue;
            }
            if (curStart >= 0 && !(sameLine(text, curEnd, s) && Abbreviations.joins(text, curStart, curEnd, s))) {
                out.add(new Sentence(curStart, curEnd, text.substring(curStart, curEnd)));
                curStart = -1;
            }
            if (curStart < 0) {
                curStart = s;
            }
            curEnd = e;
        }
        if (curStart >= 0) {
            out.add(new Sentence(curStart, curEnd, text.substring(curStart, curEnd)));
        }
        return out;
    }

    private static boolean sameLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private BreakIterator prototype(String language) {
        String key = language == null || language.isBlank() ? "und" : language.toLowerCase(Locale.ROOT);
        return prototypes.computeIfAbsent(key, k -> BreakIterator.getSentenceInstance(
                new ULocale(k.equals("und") ? "en@ss=standard" : k + "@ss=standard")));
    }
}
