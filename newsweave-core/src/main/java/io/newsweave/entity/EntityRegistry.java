package io.newsweave.entity;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-article identity: resolves each article's {@link LocalEntity}s to canonical
 * {@link Entity}s with stable ids ({@code PER-vladimir-putin}: the type and the folded first name
 * it was registered under), across languages and scripts. A name meets an entity by its key
 * (transliterated, accent-folded, transliteration variants merged, one inflectional ending cut);
 * a person also by surname, when the given names agree (same key, an initial, a small edit
 * distance or a shared Beider-Morse code) and the surnames agree the same way; a lone surname only
 * with evidence, an entity named in the same article that was named beside that person before,
 * so that two Johnsons never merge on the surname alone. Countries, capitals and international
 * bodies meet through the {@link Gazetteer}. Ids never change once given.
 *
 * <p>The registry is derived state: {@link #observe} replays stored articles (whose mentions carry
 * the ids) to rebuild it, so it is as durable as the articles; {@link RegistrySnapshot} saves a
 * replayed registry so that the next open replays only the articles stored since. Not
 * thread-safe: one ordered thread resolves and observes.
 */
public final class EntityRegistry {

    private final Gazetteer gazetteer = Gazetteer.get();
    final Map<String, Entity> byId = new LinkedHashMap<>();
    final Map<String, String> byKey = new LinkedHashMap<>();
    final Map<String, List<String>> bySound = new LinkedHashMap<>();
    final Map<String, String[]> personWords = new LinkedHashMap<>();
    /** A person's surname as it may stand uninflected (German Merkels, Finnish Orbánin: Merkel, Orbán), when it may. */
    final Map<String, String[]> otherSurnames = new LinkedHashMap<>();
    private final Map<String, Set<String>> beiderMorse = new HashMap<>();
    /** The keys of names seen lately (language, tab, name: key, unstemmed key, lightly cut key); bounded. */
    private final Map<String, String[]> keys = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > 20_000;
        }
    };
    private final BeiderMorseEncoder encoder = new BeiderMorseEncoder();

    public EntityRegistry() {
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        encoder.setConcat(true);
        encoder.setMaxPhonemes(8);
    }

    /** The entity with this id, if registered. */
    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entity, in order of registration. */
    public Collection<Entity> entities() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    /**
     * Resolves one article's entities, registering new ones and new variants, and returns its
     * mentions with canonical ids, in text order; descriptions come out as mentions marked
     * {@link Mention#description()} and are not registered as variants.
     */
    public List<Mention> resolve(String language, List<LocalEntity> entities) {
        List<LocalEntity> order = new ArrayList<>(entities);
        order.sort(Comparator.comparingInt(EntityRegistry::rank));
        Map<LocalEntity, String> ids = new java.util.IdentityHashMap<>(); // a record's hash would hash all its mentions
        Set<String> context = new HashSet<>();
        for (LocalEntity e : order) {
            String id = match(e, context, language);
            for (String form : e.known() == null && id == null ? NameKeys.uninflected(e.name(), language) : List.<String>of()) {
                id = match(new LocalEntity(form, e.type(), e.mentions(), null, e.descriptions()), context, language);
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                id = create(e, language);
            }
            ids.put(e, id);
            context.add(id);
        }
        List<Mention> out = new ArrayList<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (LocalEntity e : entities) {
            String id = ids.get(e);
            List<String> t = texts.computeIfAbsent(id, k -> new ArrayList<>());
            t.add(0, e.name());
            for (Surface s : e.mentions()) {
                out.add(new Mention(s.start(), s.end(), s.text(), id));
            }
            for (Surface s : e.descriptions()) {
                out.add(new Mention(s.start(), s.end(), s.text(), id, true));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        register(language, out, texts.keySet());
        return out;
    }

    /** Replays one stored article: its mentions already carry their ids. */
    public void observe(Article article) {
        Map<String, String> longest = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            if (m.entity() == null || m.description()) {
                continue;
            }
            longest.merge(m.entity(), m.text(), (a, b) -> words(b) > words(a) ? b : a);
        }
        for (Map.Entry<String, String> e : longest.entrySet()) {
            if (!byId.containsKey(e.getKey())) {
                Gazetteer.Entry known = gazetteer.byId(e.getKey());
                add(new Entity(e.getKey(), EntityType.ofId(e.getKey()), known != null ? known.name() : e.getValue()));
            }
            index(byId.get(e.getKey()), e.getValue(), article.language());
        }
        register(article.language(), article.mentions(), longest.keySet());
    }

    private void register(String language, List<Mention> mentions, Collection<String> ids) {
        for (Mention m : mentions) {
            Entity e = m.description() ? null : byId.get(m.entity());
            if (e != null) {
                e.seen(m.text(), language);
            }
        }
        for (String a : ids) {
            Entity e = byId.get(a);
            if (e != null) {
                for (String b : ids) {
                    // the registry's own id string: the article's copy would be kept once per context
                    Entity other = byId.get(b);
                    e.cooccurs(other != null ? other.id() : b);
                }
            }
        }
    }

    private static int rank(LocalEntity e) {
        if (e.known() != null) {
            return 0;
        }
        return words(e.name()) >= 2 ? 1 : 2;
    }

    private static int words(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private String match(LocalEntity e, Set<String> context, String language) {
        if (e.known() != null) {
            if (!byId.containsKey(e.known())) {
                Gazetteer.Entry g = gazetteer.byId(e.known());
                add(new Entity(e.known(), g.type(), g.name()));
            }
            // the form as written too, so that its other forms the gazetteer lacks meet it by key (once per form)
            Entity known = byId.get(e.known());
            if (!known.variants().containsKey(e.name())) {
                index(known, e.name(), language);
            }
            return e.known();
        }
        String[] all = keys(e.name(), language);
        String key = all[0];
        if (!byKey.containsKey(key)) {
            // a name whose last word ends as an ending would (Газпром) is also indexed unstemmed and lightly cut
            for (String other : new String[] {all[1], all[2]}) {
                if (byKey.containsKey(other)) {
                    key = other;
                    break;
                }
            }
        }
        String[] words = key.split(" ");
        if (e.type() == EntityType.PERSON && words.length >= 2) {
            String exact = byKey.get(key);
            if (exact != null && EntityType.ofId(exact) == EntityType.PERSON) {
                return exact;
            }
            return person(words, null, e.name(), language);
        }
        if (words.length == 1 && e.type() != EntityType.LOCATION) {
            String p = person(words, context, e.name(), language);
            if (p != null) {
                // a name of its own that has been seen more often than the person in full ("Gazprom" beside "Rosyjski Gazprom")
                String own = byKey.get(key);
                Entity ownEntity = own == null || own.equals(p) ? null : byId.get(own);
                if (ownEntity != null && ownEntity.type() != EntityType.PERSON && compatible(ownEntity.type(), e.type())
                        && ownEntity.mentions() > byId.get(p).fullMentions()) {
                    return own;
                }
                return p;
            }
        }
        String exact = byKey.get(key);
        if (exact != null && compatible(EntityType.ofId(exact), e.type())) {
            return exact;
        }
        return null;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a != EntityType.PERSON && b != EntityType.PERSON;
    }

    /**
     * A registered person whose surname (and given name, when both have one) agrees; with context,
     * a lone surname. A surname also agrees with its {@code -ov}/{@code -ev} derivative: a woman's
     * form ({@code Theresa Mayová} is Theresa May) when the given name of the underived side is a
     * woman's, so that {@code Jan Kovač} and {@code Jana Kováčová} stay two people; and, alone, a
     * possessive ({@code Johnsonove} in Slovene) with the context that a lone surname needs.
     */
    private String person(String[] words, Set<String> context, String written, String language) {
        String surname = words[words.length - 1];
        List<String> candidates = bySound.get(sound(surname));
        String base = underived(surname);
        List<String> derivedCandidates = base == null ? null : bySound.get(sound(base));
        if (candidates == null && derivedCandidates == null) {
            return null;
        }
        if (derivedCandidates != null) {
            List<String> all = new ArrayList<>(candidates == null ? List.of() : candidates);
            for (String id : derivedCandidates) {
                if (!all.contains(id)) {
                    all.add(id);
                }
            }
            candidates = all;
        }
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String id : candidates) {
            String[] other = personWords.get(id);
            String otherSurname = other[other.length - 1];
            Entity candidate = byId.get(id);
            boolean derived = false;
            boolean alike = similar(surname, otherSurname, 1) || anySimilar(surname, otherSurnames.get(id))
                    // a short surname in another script (Мей, May) when the given names agree
                    || context == null && Math.min(surname.length(), otherSurname.length()) == 3 && givenAgree(words[0], other[0])
                    && shareCode(surname, otherSurname);
            if (!alike) {
                boolean ours = sameShort(underived(surname), otherSurname, words[0], other[0]);
                boolean theirs = sameShort(underived(otherSurname), surname, words[0], other[0]);
                if (!ours && !theirs) {
                    continue;
                }
                derived = true;
                // the underived side's given name must be a woman's, unless the derived word is a possessive
                String given = ours ? firstWord(candidate.name()) : firstWord(written);
                boolean possessive = context != null && POSSESSIVE_LANGUAGES.contains(language);
                if (!possessive && !feminine(given)) {
                    continue;
                }
            }
            int score;
            if (context == null) {
                if (!givenAgree(words[0], other[0])) {
                    continue;
                }
                score = candidate.mentions() + 1;
            } else {
                if (!credible(candidate)) {
                    continue;
                }
                score = 0;
                Set<String> theirs = candidate.context();
                for (String c : context) { // the article's few ids, not the person's up to 256
                    if (theirs.contains(c)) {
                        score++;
                    }
                }
                if (score == 0) {
                    continue;
                }
            }
            if (derived) {
                score = Math.max(1, score / 2);
            }
            if (score > bestScore) {
                best = id;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie && context != null ? null : best;
    }

    /** Equal surnames, or short ones in two scripts (Mayová's May, Мэй) that share a code, the given names agreeing. */
    private boolean sameShort(String a, String b, String givenA, String givenB) {
        if (a == null) {
            return false;
        }
        return a.equals(b) || a.length() == 3 && b.length() == 3 && givenAgree(givenA, givenB) && shareCode(a, b);
    }

    /** Languages that make possessive adjectives of foreign surnames with -ov-/-ev- ({@code Johnsonove}, {@code Trumpovega}). */
    private static final Set<String> POSSESSIVE_LANGUAGES = Set.of("sl", "hr", "sr", "bs");

    /** The surname key without a derivative {@code -ov}/{@code -ev}/{@code -uv} ({@code maiov} → {@code mai}), or {@code null}. */
    static String underived(String surname) {
        if (surname.length() >= 5 && (surname.endsWith("ov") || surname.endsWith("ev") || surname.endsWith("uv"))) {
            return NameKeys.stem(surname.substring(0, surname.length() - 2)); // bibiov: bibi, keyed bib
        }
        return null;
    }

    private static String firstWord(String name) {
        String f = NameKeys.fold(name);
        int space = f.indexOf(' ');
        return space < 0 ? "" : f.substring(0, space);
    }

    /**
     * A woman's given name by its ending, folded, in the nominative or an oblique case: Theresa,
     * Theresy, Therese, Angeli, Angelou (not Jan, Boris; Nikita is the rare miss).
     */
    private static boolean feminine(String folded) {
        return folded.length() >= 3 && (folded.endsWith("a") || folded.endsWith("y") || folded.endsWith("e") || folded.endsWith("i")
                || folded.endsWith("ou"));
    }

    /**
     * A person whose surname may stand alone for them: named in full at least twice, or with a
     * listed given name. A run the name finder joined by mistake ("Mafra Ryanair") is neither, and
     * does not take the lone word's every later mention.
     */
    private static boolean credible(Entity person) {
        if (person.fullMentions() >= 2) {
            return true;
        }
        String given = firstWord(person.name());
        return !given.isEmpty() && NameLexicon.get().isGivenName(given);
    }


    private boolean givenAgree(String a, String b) {
        a = a.startsWith("dz") ? "i" + a.substring(2) : a; // Джо and Joe
        b = b.startsWith("dz") ? "i" + b.substring(2) : b;
        if (a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b)) {
            return true;
        }
        // Асия and Азия: s and z are one sound in the transliterations of a given name
        return similar(a, b, 2) || a.length() >= 4 && b.length() >= 4 && a.replace('z', 's').equals(b.replace('z', 's'))
                // Joe and Джо: a short given name written with one vowel less
                || Math.min(a.length(), b.length()) >= 2 && Math.abs(a.length() - b.length()) == 1 && (a.startsWith(b) || b.startsWith(a))
                && "aeiou".indexOf(a.length() > b.length() ? a.charAt(a.length() - 1) : b.charAt(b.length() - 1)) >= 0;
    }

    private boolean anySimilar(String surname, String[] others) {
        if (others != null) {
            for (String o : others) {
                if (similar(surname, o, 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same key, a small edit distance for long enough words, or a shared Beider-Morse code. */
    private boolean similar(String a, String b, int allowed) {
        if (a.equals(b)) {
            return true;
        }
        // Джонсон, Džonson and Johnson: dz stands for the j
        a = a.startsWith("dz") ? "i" + a.substring(2) : a;
        b = b.startsWith("dz") ? "i" + b.substring(2) : b;
        if (a.equals(b)) {
            return true;
        }
        int min = Math.min(a.length(), b.length());
        int max = min >= 8 ? allowed + 1 : min >= 5 ? allowed : 0;
        if (max > 0 && NameKeys.distance(a, b, max) <= max) {
            return true;
        }
        return min >= 4 && shareCode(a, b);
    }

    /** True when the two words share a Beider-Morse code. */
    private boolean shareCode(String a, String b) {
        Set<String> ca = codes(a);
        for (String c : codes(b)) {
            if (ca.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> codes(String word) {
        return beiderMorse.computeIfAbsent(word, w -> {
            try {
                return new HashSet<>(Arrays.asList(encoder.encode(w).split("\\|")));
            } catch (Exception ex) {
                return Set.of(w);
            }
        });
    }

    /** A coarse sound key for blocking: z as s, c as k (Macron, Макрон), vowels and h dropped after the first letter. */
    static String sound(String key) {
        if (key.startsWith("dz")) {
            key = "i" + key.substring(2); // Джонсон, Džonson: the j of Johnson
        }
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i) == 'z' ? 's' : key.charAt(i) == 'c' ? 'k' : key.charAt(i);
            if (i > 0 && "aeiouh".indexOf(c) >= 0) { // h is silent or g in transliteration (Johnson Джонсон, Draghi Драги)
                continue;
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        if (b.length() > 0 && "aeiou".indexOf(b.charAt(0)) >= 0) {
            b.setCharAt(0, 'a');
        }
        return b.toString();
    }

    private String create(LocalEntity e, String language) {
        String base = e.type().prefix() + "-" + NameKeys.slug(e.name());
        String id = base;
        for (int n = 2; byId.containsKey(id); n++) {
            id = base + "-" + n;
        }
        Entity entity = new Entity(id, e.type(), e.name());
        add(entity);
        index(entity, e.name(), language);
        return id;
    }

    private void add(Entity entity) {
        byId.put(entity.id(), entity);
    }

    /** The key, unstemmed key and lightly cut key of a name as written in a language. */
    private String[] keys(String name, String language) {
        return keys.computeIfAbsent(language + '\t' + name, k -> {
            String base = NameKeys.written(NameLemmas.base(name, language), language); // the dictionary once for the three
            return new String[] {NameKeys.name(base), NameKeys.exact(base), NameKeys.light(base)};
        });
    }

    private void index(Entity entity, String name, String language) {
        String[] all = keys(name, language);
        String key = all[0];
        if (key.isEmpty()) {
            return;
        }
        byKey.putIfAbsent(key, entity.id());
        // and unstemmed, so that an inflected form of a name that ends as an ending would meets it (Газпром, Газпрома)
        byKey.putIfAbsent(all[1], entity.id());
        byKey.putIfAbsent(all[2], entity.id());
        String[] words = key.split(" ");
        if (entity.type() == EntityType.PERSON && words.length >= 2 && !personWords.containsKey(entity.id())) {
            personWords.put(entity.id(), words);
            String surname = words[words.length - 1];
            block(sound(surname), entity.id());
            // the forms a later mention may take: the underived surname (Mayová: May), the German or Finnish nominative
            String base = underived(surname);
            if (base != null) {
                block(sound(base), entity.id());
            }
            List<String> others = new ArrayList<>();
            for (String form : NameKeys.uninflected(name, language)) {
                String[] w = NameKeys.name(form, language).split(" ");
                block(sound(w[w.length - 1]), entity.id());
                others.add(w[w.length - 1]);
            }
            if (!others.isEmpty()) {
                otherSurnames.put(entity.id(), others.toArray(String[]::new));
            }
        }
    }

    private void block(String sound, String id) {
        List<String> ids = bySound.computeIfAbsent(sound, k -> new ArrayList<>());
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
