package io.newsweave.entity;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names known before reading any article, keyed by {@link NameKeys#name}: every country in every
 * supported language from ICU's locale data, and our curated exonyms of capitals, regions and
 * international bodies ({@code exonyms.txt}). Each entry carries the entity id every variant
 * resolves to ({@code LOC-germany}), so that {@code Allemagne} and {@code Германия} meet without
 * any article having linked them.
 *
 * <p>Loaded once into a shared instance. Its tables are immutable copies (the names in unspaced
 * scripts an unmodifiable view, since {@link CaselessNames} iterates them), so the instance is
 * immutable and thread-safe. It does not guess: a name not listed is unknown.
 */
final class Gazetteer {

    /** One known name: the id and display name of its entity, and its type. */
    record Entry(String id, String name, EntityType type) {
    }

    /** Languages whose country names ICU gives us, in the order they are added (first name wins a shared key). */
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr",
            "sr", "bg", "ru", "uk", "fi");
    /** Languages written without spaces between words or without capitals, whose names are found by {@link CaselessNames}. */
    private static final List<String> UNSPACED_LANGUAGES = List.of("zh", "zh_Hant", "ja", "ko");

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Map<String, Entry> byKey;
    private final Map<String, Entry> byExact;
    private final Map<String, Entry> byId;
    private final Set<String> firstWords;
    private final Map<String, Entry> countries;
    private final Set<String> countryIds;
    /** Names in scripts written without spaces or capitals (Han, kana, Hangul), as written; iterated, so kept in a fixed order. */
    private final Map<String, Entry> unspaced;

    static Gazetteer get() {
        return INSTANCE;
    }

    private Gazetteer() {
        Tables t = new Tables();
        t.load();
        byKey = Map.copyOf(t.byKey);
        byExact = Map.copyOf(t.byExact);
        byId = Map.copyOf(t.byId);
        firstWords = Set.copyOf(t.firstWords);
        countries = Map.copyOf(t.countries);
        countryIds = Set.copyOf(t.countryIds);
        unspaced = Collections.unmodifiableMap(t.unspaced);
    }

    /** The tables while they are filled; the first name added under a key wins it. */
    private static final class Tables {

        final Map<String, Entry> byKey = new HashMap<>();
        final Map<String, Entry> byExact = new HashMap<>();
        final Map<String, Entry> byId = new HashMap<>();
        final Set<String> firstWords = new HashSet<>();
        final Map<String, Entry> countries = new HashMap<>();
        final Set<String> countryIds = new HashSet<>();
        final Map<String, Entry> unspaced = new HashMap<>();

        void load() {
            LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
            for (String code : Locale.getISOCountries()) {
                String name = english.regionDisplayName(code);
                if (name == null || name.equals(code)) {
                    continue;
                }
                Entry e = new Entry(EntityType.LOCATION.prefix() + "-" + NameKeys.slug(name), name, EntityType.LOCATION);
                countries.put(code, e);
                countryIds.add(e.id());
                byId.put(e.id(), e);
                for (String lang : LANGUAGES) {
                    put(LocaleDisplayNames.getInstance(new ULocale(lang)).regionDisplayName(code), e);
                }
                for (String lang : UNSPACED_LANGUAGES) {
                    putUnspaced(LocaleDisplayNames.getInstance(new ULocale(lang)).regionDisplayName(code), e);
                }
            }
            NameLexicon.lines("exonyms.txt", line -> {
                int space = line.indexOf(' ');
                EntityType type = EntityType.ofId(line.substring(0, space) + "-");
                String[] names = line.substring(space + 1).split("\\|");
                String canonical = names[0].strip();
                Entry e = canonical.startsWith("@") ? countries.get(canonical.substring(1))
                        : new Entry(type.prefix() + "-" + NameKeys.slug(canonical), canonical, type);
                if (e == null) {
                    throw new IllegalStateException("exonyms.txt: unknown country " + canonical);
                }
                byId.putIfAbsent(e.id(), e);
                for (String n : names) {
                    if (!n.isBlank() && !n.strip().startsWith("@")) {
                        put(n.strip(), e);
                    }
                }
            });
            addUnspacedCities();
        }

        /**
         * The cities ICU names in the unspaced languages (time-zone exemplar cities: 莫斯科, モスクワ, 모스크바)
         * whose English name is one we know, under that entry.
         */
        private void addUnspacedCities() {
            TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
            for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                String city = english.getExemplarLocationName(zone);
                Entry e = city == null ? null : lookup(byExact, byKey, city, NameKeys.name(city));
                if (e == null || countryIds.contains(e.id())) {
                    continue;
                }
                for (String lang : UNSPACED_LANGUAGES) {
                    putUnspaced(TimeZoneNames.getInstance(new ULocale(lang)).getExemplarLocationName(zone), e);
                }
            }
        }

        private void putUnspaced(String name, Entry e) {
            if (name != null && CaselessNames.isUnspaced(name) && name.codePointCount(0, name.length()) >= CaselessNames.MIN_LENGTH) {
                unspaced.putIfAbsent(name, e);
            }
        }

        private void put(String name, Entry e) {
            if (name == null) {
                return;
            }
            String key = NameKeys.name(name);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, e);
                byExact.putIfAbsent(NameKeys.exact(name), e);
                firstWords.add(key.split(" ")[0]);
            }
        }
    }

    /** Known names written in scripts without spaces or capitals, as written; an unmodifiable view in a fixed order. */
    Map<String, Entry> unspaced() {
        return unspaced;
    }

    private static Entry lookup(Map<String, Entry> byExact, Map<String, Entry> byKey, String name, String key) {
        Entry e = byExact.get(NameKeys.exact(name));
        return e != null ? e : byKey.get(key);
    }

    /** The entry of a name; {@code null} when unknown. An uninflected match wins over a stemmed one (Niger, Nigeria). */
    Entry lookup(String name, String key) {
        return lookup(byExact, byKey, name, key);
    }

    /** True when some known name starts with this word key. */
    boolean startsName(String wordKey) {
        return firstWords.contains(wordKey);
    }

    /** The country of an ISO 3166 code, or {@code null}. */
    Entry country(String iso) {
        return countries.get(iso);
    }

    /** True when the id is a country's (not a city's, region's or body's). */
    boolean isCountry(String id) {
        return countryIds.contains(id);
    }

    Entry byId(String id) {
        return byId.get(id);
    }
}
