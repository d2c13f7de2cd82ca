package io.newsweave.entity;

import io.newsweave.model.Mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * User corrections of entity identity, read from {@code <data>/aliases.txt} and applied when
 * entities are read (export, stories, CLI), so they take effect on articles already ingested
 * without rewriting anything. Grammar, one rule a line, {@code #} starts a comment:
 *
 * <pre>
 * merge FROM-ID = TO-ID                      # FROM's mentions become TO's
 * split FROM-ID : variant | variant = NEW-ID # mentions of FROM written so (case-insensitive) become NEW
 * name ID = Display Name                     # how the entity is shown
 * </pre>
 *
 * Ids are those the export shows ({@code PER-vladimir-putin}); a new id's prefix gives its type.
 * Splits apply before merges; merges chain ({@code a = b}, {@code b = c}). Immutable and
 * thread-safe.
 */
public final class EntityAliases {

    /** No corrections. */
    public static final EntityAliases NONE = new EntityAliases(Map.of(), Map.of(), Map.of());

    /** The file name under the data directory. */
    public static final String FILE = "aliases.txt";

    private final Map<String, String> merges;
    private final Map<String, Map<String, String>> splits;
    private final Map<String, String> names;

    private EntityAliases(Map<String, String> merges, Map<String, Map<String, String>> splits, Map<String, String> names) {
        this.merges = merges;
        this.splits = splits;
        this.names = names;
    }

    /** The rules of {@code <dataDir>/aliases.txt}; {@link #NONE} when there is no such file. */
    public static EntityAliases load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses rules; a bad line fails with its origin, line number and reason. */
    static EntityAliases parse(String text, String origin) {
        Map<String, String> merges = new HashMap<>();
        Map<String, Map<String, String>> splits = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            int eq = line.lastIndexOf('=');
            if (space < 0 || eq < 0) {
                throw bad(origin, n, "expected 'merge A = B', 'split A : v | v = B' or 'name A = Name'");
            }
            String verb = line.substring(0, space).toLowerCase(Locale.ROOT);
            String left = line.substring(space + 1, eq).strip();
            String right = line.substring(eq + 1).strip();
            if (left.isEmpty() || right.isEmpty()) {
                throw bad(origin, n, "both sides of '=' must be given");
            }
            switch (verb) {
                case "merge" -> merges.put(left, right);
                case "name" -> names.put(left, right);
                case "split" -> {
                    int colon = left.indexOf(':');
                    if (colon < 0) {
                        throw bad(origin, n, "split needs 'ID : variant | variant = NEW-ID'");
                    }
                    Map<String, String> byText = splits.computeIfAbsent(left.substring(0, colon).strip(), k -> new HashMap<>());
                    for (String v : left.substring(colon + 1).split("\\|")) {
                        if (!v.isBlank()) {
                            byText.put(v.strip().toLowerCase(Locale.ROOT), right);
                        }
                    }
                }
                default -> throw bad(origin, n, "unknown rule '" + verb + "'");
            }
        }
        return new EntityAliases(Map.copyOf(merges), Map.copyOf(splits), Map.copyOf(names));
    }

    private static IllegalArgumentException bad(String origin, int line, String reason) {
        return new IllegalArgumentException(origin + ":" + (line + 1) + ": " + reason);
    }

    public boolean isEmpty() {
        return merges.isEmpty() && splits.isEmpty() && names.isEmpty();
    }

    /** The corrected id of a mention of {@code id} written {@code text}. */
    public String id(String id, String text) {
        if (id == null) {
            return null;
        }
        Map<String, String> split = splits.get(id);
        if (split != null && text != null) {
            String to = split.get(text.toLowerCase(Locale.ROOT));
            if (to != null) {
                id = to;
            }
        }
        for (int hops = 0; hops < 32; hops++) {
            String to = merges.get(id);
            if (to == null || to.equals(id)) {
                break;
            }
            id = to;
        }
        return id;
    }

    /** The display name a rule gives {@code id}, or {@code null}. */
    String name(String id) {
        return names.get(id);
    }

    /** The mentions with corrected ids. */
    public List<Mention> apply(List<Mention> mentions) {
        if (isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(new Mention(m.start(), m.end(), m.text(), id(m.entity(), m.text()), m.description()));
        }
        return out;
    }
}
