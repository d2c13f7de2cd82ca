package io.newsweave.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The usual gender of common given names ({@code given-name-genders.txt}: accent-folded, lower
 * case; names borne by both women and men are not listed). Read once; immutable and thread-safe.
 * It says what a name usually is, never who a person is: callers use it only to refuse a reading
 * ("she" is not the Colin named before), never to assert one.
 */
public final class GivenNameGenders {

    /** A person's gender as far as the text tells it. */
    public enum Gender { FEMALE, MALE }

    static final String RESOURCE = "given-name-genders.txt";
    private static final Map<String, Gender> NAMES = load();

    private GivenNameGenders() {
    }

    /** The usual gender of a given name as written ("Deborah", "Gérard"), or {@code null} when it is not listed. */
    public static Gender of(String givenName) {
        Objects.requireNonNull(givenName, "givenName");
        String f = NameKeys.fold(givenName);
        return f.isEmpty() ? null : NAMES.get(f);
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>();
        Gender[] section = {null};
        NameLexicon.lines(RESOURCE, line -> {
            if (line.equals("[f]") || line.equals("[m]")) {
                section[0] = line.equals("[f]") ? Gender.FEMALE : Gender.MALE;
                return;
            }
            if (section[0] == null) {
                throw new IllegalStateException(RESOURCE + ": names before a [f] or [m] section: " + line);
            }
            for (String word : line.split("\\s+")) {
                Gender before = out.put(NameKeys.fold(word), section[0]);
                if (before != null && before != section[0]) {
                    throw new IllegalStateException(RESOURCE + ": " + word + " is listed as both");
                }
            }
        });
        return Map.copyOf(out);
    }
}
