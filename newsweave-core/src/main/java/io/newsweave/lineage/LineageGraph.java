package io.newsweave.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lineage of every linked article, built from the store's links alone: copy links join copy
 * groups (transitively), whose original is the earliest published member (ties: the earliest
 * collected; undated members come last); sightings are copies without an article of their own;
 * reuse points from the later report to the earlier; a translation points from the later report
 * to the original of the earlier one's copy group. Immutable once built; thread-safe.
 */
public final class LineageGraph {

    public static final LineageGraph EMPTY = new LineageGraph(List.of());

    /** What a view shows of one report in a lineage. */
    public record Copy(String article, String url, String source, String published) {
    }

    /**
     * One article's lineage; every field may be empty.
     *
     * @param copyOf        the original of its copy group, when it is not the original
     * @param translationOf the original it translates
     * @param reusedFrom    the earlier report part of whose text it reuses
     * @param reusedShare   the share of its text found in {@code copyOf}'s group or {@code reusedFrom}, else {@code null}
     * @param copies        for an original: the other reports of its group, sightings included, by day
     * @param translations  for an original: its translations' ids, by day
     * @param languages     the languages of {@code translations}, sorted
     */
    public record Lineage(String copyOf, String translationOf, String reusedFrom, Double reusedShare, List<Copy> copies,
                          List<String> translations, List<String> languages) {

        public static final Lineage NONE = new Lineage(null, null, null, null, List.of(), List.of(), List.of());

        public Lineage {
            copies = List.copyOf(copies);
            translations = List.copyOf(translations);
            languages = List.copyOf(languages);
        }

        public boolean isEmpty() {
            return copyOf == null && translationOf == null && reusedFrom == null && copies.isEmpty() && translations.isEmpty();
        }

        /** Whether the article is a report of its own: neither a copy nor a translation of another. */
        public boolean original() {
            return copyOf == null && translationOf == null;
        }

        /** The outlets that republished it (its copies' outlets), each once. */
        public Set<String> outlets() {
            Set<String> out = new TreeSet<>();
            for (Copy c : copies) {
                if (c.source() != null) {
                    out.add(c.source());
                }
            }
            return out;
        }
    }

    private final Map<String, Lineage> byArticle;
    private final Set<String> notOriginal;
    private final int links;

    private LineageGraph(List<LineageLink> links) {
        this.links = links.size();
        Map<String, LineageLink.Side> sides = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        for (LineageLink link : links) {
            sides.put(link.of().id(), link.of());
            if (link.article().id() != null) {
                sides.put(link.article().id(), link.article());
            }
            if (link.kind() == LineageLink.Kind.COPY) {
                union(parent, link.article().id(), link.of().id());
            }
        }
        Comparator<LineageLink.Side> earliest = Comparator.comparing(LineageLink.Side::day).thenComparingLong(LineageLink.Side::seq);
        // copy groups and their originals
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : sides.keySet()) {
            groups.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
        }
        Map<String, String> originalOf = new HashMap<>();
        for (List<String> members : groups.values()) {
            String original = members.stream().map(sides::get).min(earliest).orElseThrow().id();
            members.forEach(m -> originalOf.put(m, original));
        }
        Map<String, Builder> out = new HashMap<>();
        // copies and sightings
        Map<String, Map<String, Copy>> copiesOf = new HashMap<>();
        for (Map.Entry<String, String> e : originalOf.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                LineageLink.Side s = sides.get(e.getKey());
                copiesOf.computeIfAbsent(e.getValue(), k -> new LinkedHashMap<>())
                        .put("a:" + s.id(), new Copy(s.id(), s.url(), s.source(), s.published()));
                out.computeIfAbsent(e.getKey(), k -> new Builder()).copyOf = e.getValue();
            }
        }
        for (LineageLink link : links) {
            switch (link.kind()) {
                case SIGHTING -> {
                    LineageLink.Side s = link.article();
                    copiesOf.computeIfAbsent(originalOf.get(link.of().id()), k -> new LinkedHashMap<>())
                            .putIfAbsent("s:" + s.url() + "|" + s.source() + "|" + s.published(),
                                    new Copy(null, s.url(), s.source(), s.published()));
                }
                case COPY -> {
                    share(out, link.article().id(), link.share(), originalOf);
                    share(out, link.of().id(), link.ofShare(), originalOf);
                }
                case REUSE -> {
                    if (!originalOf.get(link.article().id()).equals(originalOf.get(link.of().id()))) {
                        boolean articleLater = earliest.compare(link.of(), link.article()) < 0;
                        String later = articleLater ? link.article().id() : link.of().id();
                        String earlier = articleLater ? link.of().id() : link.article().id();
                        double share = articleLater ? link.share() : link.ofShare();
                        Builder b = out.computeIfAbsent(later, k -> new Builder());
                        if (b.copyOf == null && (b.reusedShare == null || share > b.reusedShare)) {
                            b.reusedFrom = originalOf.get(earlier);
                            b.reusedShare = share;
                        }
                    }
                }
                case TRANSLATION -> {
                    // between the originals of the two copy groups: the later translates the earlier
                    String arrived = originalOf.get(link.article().id());
                    String stored = originalOf.get(link.of().id());
                    boolean arrivedLater = earliest.compare(sides.get(stored), sides.get(arrived)) < 0;
                    String source = arrivedLater ? stored : arrived;
                    String target = arrivedLater ? arrived : stored;
                    if (!source.equals(target)) {
                        Builder b = out.computeIfAbsent(target, k -> new Builder());
                        if (b.translationOf == null || earliest.compare(sides.get(source), sides.get(b.translationOf)) < 0) {
                            b.translationOf = source;
                        }
                    }
                }
            }
        }
        Map<String, String> direct = new HashMap<>();
        out.forEach((id, b) -> {
            if (b.translationOf != null) {
                direct.put(id, b.translationOf);
            }
        });
        // a translation of a translation names the first original: follow the chain (earlier each step, so it ends)
        Map<String, String> translated = new HashMap<>();
        for (String id : direct.keySet()) {
            String root = direct.get(id);
            Set<String> seen = new java.util.HashSet<>(Set.of(id));
            while (direct.containsKey(root) && seen.add(root)) {
                root = direct.get(root);
            }
            translated.put(id, root);
            out.get(id).translationOf = root;
        }
        translated.forEach((id, of) -> out.computeIfAbsent(of, k -> new Builder()).translations.add(id));
        copiesOf.forEach((original, copies) -> out.computeIfAbsent(original, k -> new Builder()).copies.addAll(copies.values()));
        Map<String, Lineage> built = new HashMap<>();
        for (Map.Entry<String, Builder> e : out.entrySet()) {
            Builder b = e.getValue();
            b.copies.sort(Comparator.comparing((Copy c) -> c.published() == null ? "9999" : c.published())
                    .thenComparing(c -> sides.containsKey(c.article()) ? sides.get(c.article()).seq() : Long.MAX_VALUE));
            List<String> translations = new ArrayList<>(b.translations);
            translations.sort(Comparator.comparing(sides::get, earliest));
            Set<String> languages = new TreeSet<>();
            translations.forEach(t -> languages.add(sides.get(t).language()));
            Lineage lineage = new Lineage(b.copyOf, b.translationOf, b.reusedFrom, b.reusedShare, b.copies, translations,
                    new ArrayList<>(languages));
            if (!lineage.isEmpty()) {
                built.put(e.getKey(), lineage);
            }
        }
        this.byArticle = built;
        Set<String> copies = new java.util.HashSet<>();
        built.forEach((id, l) -> {
            if (!l.original()) {
                copies.add(id);
            }
        });
        this.notOriginal = java.util.Collections.unmodifiableSet(copies);
    }

    /**
     * How a story's reports divide into independent reports, copies and translations, per outlet and
     * language; exact copies from other outlets (sightings) count as copies of their outlet.
     *
     * @param independent  articles that are neither a copy nor a translation of another
     * @param copies       articles that are copies of another, plus the sightings
     * @param translations articles that are translations of another (and not copies)
     * @param sightings    exact copies from other outlets (no article of their own)
     * @param outlets      outlet to {independent, copies, translations}, most reports first
     * @param languages    language to {independent, copies, translations}, most reports first
     */
    public record Reports(int independent, int copies, int translations, int sightings, Map<String, int[]> outlets,
                          Map<String, int[]> languages) {
    }

    /** One article of a story, as {@link #reports} counts it. */
    public record Member(String id, String source, String language) {
    }

    /** The {@link Reports} of a story whose articles are {@code members}. */
    public Reports reports(List<Member> members) {
        Map<String, int[]> outlets = new HashMap<>();
        Map<String, int[]> languages = new HashMap<>();
        int[] totals = new int[4];
        for (Member m : members) {
            Lineage l = of(m.id());
            int kind = l.copyOf() != null ? 1 : l.translationOf() != null ? 2 : 0;
            totals[kind]++;
            count(outlets, m.source(), kind);
            count(languages, m.language(), kind);
            for (Copy c : l.copies()) {
                if (c.article() == null) {
                    totals[1]++;
                    totals[3]++;
                    count(outlets, c.source(), 1);
                    count(languages, m.language(), 1);
                }
            }
        }
        return new Reports(totals[0], totals[1], totals[2], totals[3], byTotal(outlets), byTotal(languages));
    }

    private static void count(Map<String, int[]> counts, String key, int kind) {
        if (key != null && !key.isBlank()) {
            counts.computeIfAbsent(key, k -> new int[3])[kind]++;
        }
    }

    private static Map<String, int[]> byTotal(Map<String, int[]> counts) {
        Map<String, int[]> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2]))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The ids of the articles that are copies or translations of another: what "originals only" leaves out. */
    public Set<String> notOriginal() {
        return notOriginal;
    }

    /** The lineage of {@code links}. */
    public static LineageGraph of(List<LineageLink> links) {
        return links.isEmpty() ? EMPTY : new LineageGraph(links);
    }

    /** How many links this graph was built from. */
    public int links() {
        return links;
    }

    /** The lineage of one article, {@link Lineage#NONE} when it has none. */
    public Lineage of(String articleId) {
        return byArticle.getOrDefault(articleId, Lineage.NONE);
    }

    private static final class Builder {
        String copyOf;
        String translationOf;
        String reusedFrom;
        Double reusedShare;
        final List<Copy> copies = new ArrayList<>();
        final Set<String> translations = new LinkedHashSet<>();
    }

    /** A copy's share of its text found in its group: the best of its links. */
    private static void share(Map<String, Builder> out, String id, double share, Map<String, String> originalOf) {
        if (originalOf.get(id).equals(id)) {
            return;
        }
        Builder b = out.computeIfAbsent(id, k -> new Builder());
        if (b.reusedShare == null || share > b.reusedShare) {
            b.reusedShare = share;
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String at = id;
        String next;
        while ((next = parent.get(at)) != null) {
            at = next;
        }
        if (!at.equals(id)) {
            parent.put(id, at);
        }
        return at;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
