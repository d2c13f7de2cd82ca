package io.newsweave.time;

/**
 * Whether a sentence speaks of something still to come, read with the tagger's own tense cues
 * (modal and scheduling words such as "will", "prévu", "nächste", and future verb endings such as
 * "-ront" or "-rá" where the sentence reads as French, Spanish or Italian). Says nothing of the
 * dates in the sentence: callers compare those with the publication date themselves. Stateless
 * and thread-safe.
 */
public final class FutureCue {

    private FutureCue() {
    }

    /**
     * True when {@code sentence} carries at least one future cue and no more past cues ("last",
     * "dernier") than future ones; false for {@code null} or empty text.
     */
    public static boolean in(String sentence) {
        return in(sentence, null);
    }

    /**
     * {@link #in(String)} for a sentence of an article in {@code language} (ISO 639-1, as the
     * language stage decided; {@code null} or {@code und}: read from the sentence's own words).
     */
    public static boolean in(String sentence, String language) {
        Tokens t = Tokens.of(sentence);
        boolean french = TenseCues.plausible(TenseCues.votes(t, language), Lang.FR);
        int future = 0;
        int past = 0;
        for (int i = 0; i < t.size; i++) {
            TenseCues.Cue c = TenseCues.cue(t, i, french);
            if (c == TenseCues.Cue.FUTURE) {
                future++;
            } else if (c == TenseCues.Cue.PAST) {
                past++;
            }
        }
        return future > 0 && past <= future;
    }
}
