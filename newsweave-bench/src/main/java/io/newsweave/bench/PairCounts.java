package io.newsweave.bench;

/** Counts of "same or not" decisions against labels, and the precision, recall and F1 they give. Mutable. */
final class PairCounts {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int pairs;

    /** One labelled pair: whether "same" was predicted, and whether it is. */
    void add(boolean predicted, boolean same) {
        pairs++;
        if (predicted && same) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (same) {
            falseNegatives++;
        }
    }

    /** {precision, recall, F1, pairs counted}; 0 where a ratio has nothing to count. */
    double[] prf() {
        double precision = truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1, pairs};
    }

    /** Whether a language pair written {@code "de-en"} joins two languages. */
    static boolean crossLingual(String languages) {
        String[] parts = languages.split("-");
        return parts.length == 2 && !parts[0].equals(parts[1]);
    }
}
