package io.newsweave.lineage;

/**
 * When two reports are linked, chosen on the tuning half of the lineage sets (see
 * {@code docs/QUALITY.md}, "Copies and translations"). Immutable.
 *
 * @param copyShare        share of the shorter text found in the longer from which they are copies
 * @param coverShare       share of the longer text the shorter must also cover to be its copy (a cut copy
 *                         keeps half of it; a short text quoted whole inside a long one is reuse)
 * @param reuseShare       share of the shorter text found in the longer from which a part is reused
 * @param reuseShingles    shingles two texts must share for reuse, whatever the shares
 * @param translationScore anchor alignment ({@link Alignment#score}) from which two reports in two
 *                         languages are a translation
 * @param minAnchors       anchors both reports need before a translation is considered
 * @param windowDays       days apart two reports may be published and still be a translation
 */
public record LineageRules(double copyShare, double coverShare, double reuseShare, int reuseShingles, double translationScore,
                           int minAnchors, int windowDays) implements java.io.Serializable {

    public static final LineageRules DEFAULT = new LineageRules(0.5, 0.35, 0.2, 40, 0.45, 6, 10);

    public LineageRules {
        if (!(copyShare > 0 && copyShare <= 1 && reuseShare > 0 && reuseShare <= copyShare && coverShare >= 0 && coverShare <= 1)) {
            throw new IllegalArgumentException("shares must satisfy 0 < reuse <= copy <= 1: " + reuseShare + ", " + copyShare);
        }
        if (translationScore <= 0 || translationScore > 1 || minAnchors < 1 || windowDays < 0 || reuseShingles < 1) {
            throw new IllegalArgumentException("bad translation rule: " + translationScore + ", " + minAnchors + ", " + windowDays);
        }
    }

    /** How {@code a} (arriving) relates by text to {@code b} (stored), or {@code null} for neither copy nor reuse. */
    public LineageLink.Kind byText(TextSketch a, TextSketch b) {
        if (!a.comparable() || !b.comparable()) {
            return null;
        }
        boolean aShorter = a.shingles() <= b.shingles();
        double shorter = aShorter ? a.containedIn(b) : b.containedIn(a);
        double longer = aShorter ? b.containedIn(a) : a.containedIn(b);
        if (shorter >= copyShare && longer >= coverShare) {
            return LineageLink.Kind.COPY;
        }
        if (shorter >= reuseShare && a.shared(b) >= reuseShingles) {
            return LineageLink.Kind.REUSE;
        }
        return null;
    }

    /** How closely anchors {@code a} and {@code b} align when both have enough of them, else 0. */
    public double alignment(int[] a, int[] b) {
        return a.length < minAnchors || b.length < minAnchors ? 0 : Alignment.score(a, b);
    }

    /**
     * Whether {@code a} and {@code b} may align to {@link #translationScore}: their lengths and the
     * anchors they share (as multisets, which bound the common subsequence) allow it. Costs a sort,
     * where the alignment costs the product of the lengths.
     */
    public boolean mayTranslate(int[] a, int[] b) {
        if (a.length < minAnchors || b.length < minAnchors) {
            return false;
        }
        double needed = translationScore * (a.length + b.length) / 2;
        if (Math.min(a.length, b.length) < needed) {
            return false;
        }
        return Alignment.sharedCount(a, b) >= needed;
    }
}
