package io.newsweave.server;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads and validates request parameters; a bad one is a 400 {@link HttpError} naming it. Ids are
 * restricted to {@code [A-Za-z0-9_-]{1,128}}: they only ever reach index term queries. Stateless.
 */
public final class Params {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final int MAX_TEXT = 1_000;

    private Params() {
    }

    /** A path parameter that must be an id. */
    public static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!ID.matcher(value).matches()) {
            throw HttpError.badRequest(name + " is not a valid id");
        }
        return value;
    }

    /** An optional query parameter, trimmed; empty counts as absent. */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw HttpError.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** An optional query parameter that must be an id. */
    public static String optionalId(Context ctx, String name) {
        String value = text(ctx, name);
        if (value != null && !ID.matcher(value).matches()) {
            throw HttpError.badRequest(name + " is not a valid id");
        }
        return value;
    }

    /** An optional ISO date ({@code 2021-12-07}). */
    public static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name + " must be a date like 2021-12-07");
        }
    }

    /** An optional integer in {@code [min, max]}, {@code fallback} when absent. */
    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw HttpError.badRequest(name + " must be in " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be an integer");
        }
    }

    /** An optional value among {@code allowed}, {@code fallback} when absent. */
    public static String oneOf(Context ctx, String name, String fallback, String... allowed) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        throw HttpError.badRequest(name + " must be one of " + String.join(", ", allowed));
    }

    public static boolean validId(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
