package io.newsweave.clean.html;

/** TEMPORARY tuning knobs; removed before the final commit. */
final class Knobs {
    private Knobs() {
    }

    static double d(String name, double def) {
        String v = System.getProperty("nw." + name);
        return v == null ? def : Double.parseDouble(v);
    }

    static boolean b(String name, boolean def) {
        String v = System.getProperty("nw." + name);
        return v == null ? def : Boolean.parseBoolean(v);
    }
}
