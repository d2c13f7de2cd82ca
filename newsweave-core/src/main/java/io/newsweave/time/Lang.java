package io.newsweave.time;

/** The languages whose calendar words the time stage knows. */
enum Lang {
    EN, FR, ES, DE, IT, PT;

    /** The language of an ISO 639-1 code, or {@code null} for a code outside this set (or null). */
    static Lang of(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "en" -> EN;
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            case "it" -> IT;
            case "pt" -> PT;
            default -> null;
        };
    }
}
