package io.newsweave.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link LineRules} to a document's lines: clutter goes wherever it is; section labels,
 * teaser headlines and tags go when they sit in the trailing page chrome, after the last news
 * paragraph and before or among other clutter.
 */
final class LineFilter {

    record Result(List<String> kept, List<String> dropped) {
    }

    private LineFilter() {
    }

    static Result apply(List<String> lines) {
        int n = lines.size();
        LineRules.Verdict[] verdicts = new LineRules.Verdict[n];
        for (int i = 0; i < n; i++) {
            verdicts[i] = LineRules.judge(lines.get(i));
        }
        int end = n;
        boolean sawClutter = false;
        while (end > 0 && verdicts[end - 1] != LineRules.Verdict.KEEP) {
            if (verdicts[end - 1] == LineRules.Verdict.CLUTTER) {
                sawClutter = true;
            }
            end--;
        }
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean trailing = i >= end && sawClutter;
            boolean drop = verdicts[i] == LineRules.Verdict.CLUTTER || trailing;
            (drop ? dropped : kept).add(lines.get(i));
        }
        return new Result(kept, dropped);
    }
}
