package io.newsweave.bench;

import java.util.List;
import java.util.Map;

/**
 * Java port of {@code shared/eval/score_extraction.py}: a {@code with} snippet found in the
 * extracted text is a true positive (missing: false negative), a {@code without} snippet found is
 * a false positive (absent: true negative); whitespace is collapsed on both sides the way Python's
 * {@code re.sub(r"\s+", " ", s).strip()} does. Immutable.
 *
 * @param tp true positives
 * @param fn false negatives
 * @param fp false positives
 * @param tn true negatives
 */
public record ExtractionScore(int tp, int fn, int fp, int tn) {

    /** One labelled page: its file name and the snippets its main text must and must not contain. */
    public record Item(String file, List<String> with, List<String> without) {
    }

    /** Scores extracted texts (by file name; a missing file counts as empty text) against the items. */
    public static ExtractionScore score(Iterable<Item> items, Map<String, String> textByFile) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (Item item : items) {
            String text = normalize(textByFile.get(item.file()));
            for (String w : item.with()) {
                if (text.contains(normalize(w))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String w : item.without()) {
                if (text.contains(normalize(w))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new ExtractionScore(tp, fn, fp, tn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        int all = tp + tn + fp + fn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    @Override
    public String toString() {
        return String.format("precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f (tp %d fn %d fp %d tn %d)",
                precision(), recall(), accuracy(), f1(), tp, fn, fp, tn);
    }

    /** Collapses whitespace runs (Python's {@code \s} for str) to one space and trims. */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPythonSpace(c)) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
    }
}
