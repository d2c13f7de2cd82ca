package io.newsweave.cli;

import io.newsweave.model.Rejection;
import io.newsweave.store.Quarantine;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code rejected:} lines of an ingest, bounded: the first {@value #PER_INPUT} rejections of
 * each input and {@value #TOTAL} in all are printed as they happen; the rest are counted, and
 * {@link #summary} prints one line per input that had more (at most {@value #SUMMARY_INPUTS}
 * inputs, then one line for the others) with its counts per reason. Names and reasons are escaped.
 * Used from the ingest's ordered thread; not thread-safe.
 */
final class RejectionLines {

    static final int PER_INPUT = 5;
    static final int TOTAL = 100;
    static final int SUMMARY_INPUTS = 20;

    private final PrintStream err;
    private final Map<String, Unprinted> unprinted = new LinkedHashMap<>();
    private final Map<String, Integer> perInput = new java.util.HashMap<>();
    private int printed;

    RejectionLines(PrintStream err) {
        this.err = err;
    }

    /** Prints {@code rejection}, or counts it once the bounds are reached; true when printed. */
    boolean add(Rejection rejection) {
        String input = rejection.origin().path();
        int n = perInput.merge(input, 1, Integer::sum);
        if (n <= PER_INPUT && printed < TOTAL) {
            printed++;
            err.println("rejected: " + TerminalText.escape(rejection.message()));
            return true;
        }
        unprinted.computeIfAbsent(input, k -> new Unprinted()).add(Quarantine.kind(rejection.reason()));
        return false;
    }

    /** One line per input whose rejections were not all printed. */
    void summary() {
        int shown = 0;
        long otherInputs = 0;
        long otherRejections = 0;
        for (Map.Entry<String, Unprinted> e : unprinted.entrySet()) {
            if (shown < SUMMARY_INPUTS) {
                shown++;
                err.printf(Locale.ROOT, "rejected: %s: %,d more not shown (%s)%n", TerminalText.escape(e.getKey()), e.getValue().count,
                        e.getValue().describe());
            } else {
                otherInputs++;
                otherRejections += e.getValue().count;
            }
        }
        if (otherInputs > 0) {
            err.printf(Locale.ROOT, "rejected: %,d more in %,d other inputs not shown%n", otherRejections, otherInputs);
        }
    }

    private static final class Unprinted {
        long count;
        final Map<String, Long> reasons = new TreeMap<>();

        void add(String kind) {
            count++;
            if (reasons.size() < 5 || reasons.containsKey(kind)) {
                reasons.merge(kind, 1L, Long::sum);
            } else {
                reasons.merge("other", 1L, Long::sum);
            }
        }

        String describe() {
            StringBuilder b = new StringBuilder();
            reasons.forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(TerminalText.clip(TerminalText.escape(k), 120))
                    .append(String.format(Locale.ROOT, " %,d", v)));
            return b.toString();
        }
    }
}
