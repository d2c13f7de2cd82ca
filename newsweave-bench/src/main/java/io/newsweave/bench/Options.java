package io.newsweave.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} and {@code --flag} options of the bench main classes. Fails fast with
 * the usage line on anything else. Immutable once parsed.
 */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final String usage;

    private Options(String usage) {
        this.usage = usage;
    }

    static Options parse(String[] args, String usage) {
        Options o = new Options(usage);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println("usage: " + usage);
                System.exit(0);
            }
            if (!a.startsWith("--")) {
                o.fail("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                o.values.put(name, args[++i]);
            } else {
                o.flags.add(name);
            }
        }
        return o;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    int intValue(String name, int fallback) {
        return (int) longValue(name, fallback);
    }

    long longValue(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            fail("--" + name + " needs a number, got '" + v + "'");
            return fallback;
        }
    }

    double doubleValue(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            fail("--" + name + " needs a number, got '" + v + "'");
            return fallback;
        }
    }

    /** The path option, or {@code fallback}; fails when both are missing. */
    Path path(String name, Path fallback) {
        String v = values.get(name);
        if (v == null && fallback == null) {
            fail("--" + name + " is required");
        }
        return v == null ? fallback : Path.of(v);
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    private void fail(String message) {
        System.err.println(message);
        System.err.println("usage: " + usage);
        System.exit(2);
    }
}
