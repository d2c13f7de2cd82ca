package io.newsweave.clean.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops blocks inside the chosen content element that are still clutter: mostly links, a
 * standalone "Advertisement" or "Share", "Read also: ..." lines, bylines and photo credits.
 * Looks at one block at a time and keeps anything long; stateless.
 */
final class ParagraphFilter {

    static final double MAX_LINK_DENSITY = 0.5;
    private static final int SHORT = 160;

    /** Lines that are clutter when they are the whole block (lower case, punctuation trimmed). */
    private static final Set<String> STANDALONE = Set.of(
            "advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "annonce",
            "sponsored", "share", "teilen", "partager", "compartir", "tweet", "print", "drucken", "imprimer",
            "imprimir", "e-mail", "email", "mail", "facebook", "twitter", "whatsapp", "linkedin",
            "newsletter", "abonnieren", "subscribe", "s'abonner", "suscríbete", "comments", "kommentare",
            "commentaires", "comentarios", "related", "mehr zum thema", "weitere artikel", "lesen sie auch",
            "à lire aussi", "a lire aussi", "lire aussi", "te puede interesar", "read more", "weiterlesen",
            "mehr lesen", "lire la suite", "leer más", "see also", "siehe auch", "voir aussi", "top",
            "nach oben", "back to top", "zurück", "close", "schließen", "fermer", "cerrar", "menu", "menü");

    /** Line openings that make a short block clutter. */
    private static final List<String> OPENINGS = List.of(
            "lesen sie auch", "lesen sie mehr", "lies auch", "mehr zum thema", "auch interessant",
            "das könnte sie auch interessieren", "weitere artikel", "mehr dazu", "à lire aussi", "a lire aussi",
            "lire aussi", "voir aussi", "à voir aussi", "te puede interesar", "lee también", "leer también",
            "lea también", "también te puede", "read more", "read also", "also read", "see also", "related:",
            "related articles", "related stories", "more on this", "leggi anche", "share this",
            "share on", "teilen sie", "auf facebook teilen", "partager sur", "compartir en",
            "follow us", "folgen sie uns", "suivez-nous", "síguenos", "sign up for", "subscribe to",
            "melden sie sich", "abonnieren sie", "inscrivez-vous", "abonnez-vous", "suscríbete",
            "we use cookies", "diese website verwendet cookies", "wir verwenden cookies", "ce site utilise",
            "utilizamos cookies", "this site uses cookies", "this website uses cookies",
            "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:", "credit:", "credits:",
            "crédit", "crédits", "©", "(c)", "copyright", "all rights reserved", "alle rechte vorbehalten",
            "tous droits réservés", "todos los derechos reservados");

    /** Openings of a byline; only counted on short blocks of few words. */
    private static final List<String> BYLINE = List.of("by ", "von ", "par ", "por ", "text: ", "texte : ",
            "autor: ", "author: ", "auteur : ", "redacción");

    private ParagraphFilter() {
    }

    static boolean keep(Block block) {
        if (block.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        if (block.length() > SHORT) {
            return true;
        }
        String lower = block.text().toLowerCase(Locale.ROOT);
        String s = stripPunctuation(lower);
        if (s.isEmpty() || STANDALONE.contains(s)) {
            return false;
        }
        for (String p : OPENINGS) {
            if (s.startsWith(p)) {
                return false;
            }
        }
        return !isByline(lower) && !isDateOnly(s);
    }

    private static boolean isByline(String s) {
        if (s.length() > 80 || words(s) > 7 || s.endsWith(".")) {
            return false;
        }
        for (String p : BYLINE) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** A short line made mostly of digits and separators, such as a date-time stamp. */
    private static boolean isDateOnly(String s) {
        if (s.length() > 40) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return digits >= 4 && letters <= 12 && digits >= letters / 2;
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

    private static String stripPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrim(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrim(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isTrim(char c) {
        return c == ' ' || c == ':' || c == '»' || c == '«' || c == '>' || c == '|' || c == '-' || c == '–'
                || c == '•' || c == '›' || c == '.' || c == '…' || c == '!' || c == '"' || c == '\u25ba';
    }
}
