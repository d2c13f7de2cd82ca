package io.newsweave.story;

import io.newsweave.model.Article;
import io.newsweave.store.SnapshotInput;
import io.newsweave.store.SnapshotOutput;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Chooses a story's title as its articles arrive: the headline of the first report (earliest
 * published, then first arrived) in the story's largest event, among the articles of its main
 * language (the one most of its articles are in); when that language has no headline, the
 * headline of the language with most articles that has one; when no article has a headline, the
 * first article's title (a title cut from its lead). A title the cleaner made from the lead is the
 * text's first sentence ({@link #isHeadline}), so a lead sentence never becomes a story title
 * while a real headline exists. Keeps one candidate per language and event, not the articles;
 * the counts it ranks by are the story's own ({@link #title}). Not thread-safe.
 */
final class StoryTitle {

    private record Candidate(String title, LocalDate published, long order) {
        boolean before(Candidate o) {
            LocalDate a = published == null ? LocalDate.MAX : published;
            LocalDate b = o.published == null ? LocalDate.MAX : o.published;
            int c = a.compareTo(b);
            return c != 0 ? c < 0 : order < o.order;
        }
    }

    /** language → event → the first headline of that language in that event. */
    private final Map<String, Map<String, Candidate>> headlines = new HashMap<>();
    private String firstTitle;
    private long arrived;

    void add(Article a, String event) {
        String title = a.title() == null ? "" : a.title().strip();
        if (firstTitle == null || firstTitle.isEmpty()) {
            firstTitle = title;
        }
        long order = arrived++;
        if (isHeadline(title, a.text())) {
            Candidate c = new Candidate(title, a.published().date(), order);
            headlines.computeIfAbsent(a.language(), k -> new HashMap<>()).merge(event, c, (old, neu) -> neu.before(old) ? neu : old);
        }
    }

    /**
     * Whether {@code title} is a headline rather than a sentence cut from the lead of {@code text}:
     * a title the text does not open with, or one that ends as headlines do, without a full stop
     * (a headline the text repeats at its start, "Bridge to close Ferries will run...").
     */
    static boolean isHeadline(String title, String text) {
        if (title.isEmpty()) {
            return false;
        }
        boolean cut = title.endsWith("…");
        String opening = cut ? title.substring(0, title.length() - 1).strip() : title;
        String body = text == null ? "" : text;
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        boolean opensText = body.startsWith(opening, start);
        return !opensText || !cut && !endsSentence(title);
    }

    private static boolean endsSentence(String title) {
        int i = title.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(title.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?。！？".indexOf(title.charAt(i)) >= 0;
    }

    /**
     * The title chosen from the articles added so far; between languages of as many articles, the
     * earlier report's.
     *
     * @param languages the story's articles per language
     * @param eventSize the story's articles in an event
     */
    String title(Map<String, Integer> languages, ToIntFunction<String> eventSize) {
        Candidate best = null;
        int bestSize = -1;
        for (Map.Entry<String, Map<String, Candidate>> language : headlines.entrySet()) {
            int size = languages.getOrDefault(language.getKey(), 0);
            Candidate central = central(language.getValue(), eventSize);
            if (size > bestSize || size == bestSize && central.before(best)) {
                bestSize = size;
                best = central;
            }
        }
        if (best != null) {
            return best.title();
        }
        return firstTitle == null ? "" : firstTitle;
    }

    /**
     * Each language's own headline (of its largest event, then its earlier report) for the
     * languages whose headline is not {@code chosen}, the story's title: what a reader asking for
     * that language sees instead.
     */
    Map<String, String> headlines(String chosen, ToIntFunction<String> eventSize) {
        Map<String, String> out = new java.util.TreeMap<>();
        headlines.forEach((language, byEvent) -> {
            String h = central(byEvent, eventSize).title();
            if (!h.equals(chosen)) {
                out.put(language, h);
            }
        });
        return out;
    }

    /** Writes this chooser's state, maps in their order, for {@link #read}. */
    void write(SnapshotOutput out) {
        out.writeString(firstTitle);
        out.writeLong(arrived);
        out.writeInt(headlines.size());
        for (Map.Entry<String, Map<String, Candidate>> language : headlines.entrySet()) {
            out.writeString(language.getKey());
            out.writeInt(language.getValue().size());
            for (Map.Entry<String, Candidate> e : language.getValue().entrySet()) {
                out.writeString(e.getKey());
                out.writeString(e.getValue().title());
                out.writeDate(e.getValue().published());
                out.writeLong(e.getValue().order());
            }
        }
    }

    /** A chooser as {@link #write} saved it. */
    static StoryTitle read(SnapshotInput in) throws SnapshotInput.Corrupt {
        StoryTitle t = new StoryTitle();
        t.firstTitle = in.readString();
        t.arrived = in.readLong();
        int languages = in.readCount();
        for (int i = 0; i < languages; i++) {
            String language = in.readString();
            int events = in.readCount();
            Map<String, Candidate> byEvent = new HashMap<>();
            for (int j = 0; j < events; j++) {
                byEvent.put(in.readString(), new Candidate(in.readPresentString(), in.readDate(), in.readLong()));
            }
            t.headlines.put(language, byEvent);
        }
        return t;
    }

    /** The headline of the largest event that has one; ties: the earlier report. */
    private static Candidate central(Map<String, Candidate> byEvent, ToIntFunction<String> eventSize) {
        Candidate best = null;
        int bestSize = -1;
        for (Map.Entry<String, Candidate> e : byEvent.entrySet()) {
            int size = eventSize.applyAsInt(e.getKey());
            if (size > bestSize || size == bestSize && e.getValue().before(best)) {
                bestSize = size;
                best = e.getValue();
            }
        }
        return best;
    }
}
