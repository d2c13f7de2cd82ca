package io.newsweave.clean.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Tells clutter from content by tag, visibility, ARIA role and the words in {@code class} and
 * {@code id} (multilingual: share/teilen/partager/compartir, newsletter/abonnieren, cookie,
 * related, comments/kommentare, ...). Says nothing about size; {@link Pruner} weighs that.
 * Keeps a per-instance cache of class-name verdicts, so use one instance per page and thread.
 */
final class ClutterRules {

    /** Never text: dropped before anything is measured. */
    private static final Set<String> JUNK_TAGS = Set.of(
            "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "audio", "video", "source", "track", "map", "head", "link", "meta", "button", "select", "option",
            "textarea", "input", "label", "dialog");

    /** Page furniture by tag. */
    private static final Set<String> CLUTTER_TAGS = Set.of("nav", "aside", "footer", "form", "figcaption", "menu");

    private static final Set<String> CLUTTER_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
            "alertdialog", "toolbar", "tablist", "form", "alert");

    /** Substrings of a class name or id that mark clutter whatever else the element says. */
    private static final List<String> STRONG = List.of(
            "share", "sharing", "social", "comment", "kommentar", "commentaire", "comentario", "cookie",
            "consent", "gdpr", "newsletter", "subscri", "suscri", "abonn", "paywall", "publicidad", "publicite",
            "pubblicit", "related", "recommend",
            "empfehl", "outbrain", "taboola", "plista", "breadcrumb", "navbar", "navigation", "footer",
            "popular", "trending", "mostread", "most-read", "meistgelesen", "advert", "werbung", "anzeige",
            "sponsor", "teilen", "partage", "compartir", "byline", "disqus", "lireaussi", "lire-aussi",
            "leseempfehlung", "teaser-list", "sidebar", "popup",
            "modal", "skip-link", "skiplink", "sr-only", "visually-hidden", "screen-reader", "print-only");

    /** Substrings that mark clutter unless the element also looks like content. */
    private static final List<String> WEAK = List.of(
            "menu", "widget", "banner", "promo", "caption", "credit", "copyright", "legende", "author",
            "tags", "tag-", "keyword", "toolbar", "tools", "pagination", "pager", "rating", "login",
            "signin", "signup", "overlay", "masthead", "topbar", "infobox", "subline", "dateline",
            "timestamp", "publish-date", "bildunterschrift", "follow");

    /** Whole words (class name split at - _ and case changes) that mark clutter unless content. */
    private static final Set<String> WEAK_WORDS = Set.of(
            "ad", "ads", "adv", "adslot", "adunit", "adbox", "dfp", "abo", "nav", "subnav", "topnav", "meta",
            "metadata", "metabar", "tag", "date", "time");

    private static final List<String> CONTENT = List.of(
            "article", "content", "entry", "post", "story", "body", "text", "main", "hentry", "blog",
            "inhalt", "artikel", "contenu", "contenido", "cuerpo", "news");

    /** Class prefixes that name a topic, not a part of the page (WordPress post classes and the like). */
    private static final List<String> TAXONOMY = List.of(
            "tag-", "category-", "cat-", "kategorie-", "rubrik-", "ressort-", "topic-", "section-", "format-",
            "post-type-", "type-", "status-", "postid-", "author-");

    private final Map<String, Verdict> cache = new HashMap<>();

    enum Verdict { NONE, WEAK, STRONG, CONTENT }

    static boolean isJunkTag(String normalName) {
        return JUNK_TAGS.contains(normalName);
    }

    /** Whether the element is page furniture, hidden, or named like clutter. */
    boolean isClutter(Element e) {
        String name = e.normalName();
        if (name.equals("body") || name.equals("html")) {
            return false;
        }
        if (CLUTTER_TAGS.contains(name) || isHidden(e)) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && CLUTTER_ROLES.contains(role.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        boolean weak = false;
        boolean content = false;
        for (String attr : new String[] {e.className(), e.id()}) {
            if (attr.isEmpty()) {
                continue;
            }
            for (String word : attr.split("\\s+")) {
                switch (verdict(word)) {
                    case STRONG -> {
                        return true;
                    }
                    case WEAK -> weak = true;
                    case CONTENT -> content = true;
                    case NONE -> { }
                }
            }
        }
        return weak && !content;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    Verdict verdict(String classOrId) {
        if (classOrId.isEmpty()) {
            return Verdict.NONE;
        }
        return cache.computeIfAbsent(classOrId, ClutterRules::judge);
    }

    private static Verdict judge(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        for (String p : TAXONOMY) {
            if (s.startsWith(p)) {
                return Verdict.NONE;
            }
        }
        for (String p : STRONG) {
            if (s.contains(p)) {
                return Verdict.STRONG;
            }
        }
        for (String p : WEAK) {
            if (s.contains(p)) {
                return Verdict.WEAK;
            }
        }
        if (hasWeakWord(raw)) {
            return Verdict.WEAK;
        }
        for (String p : CONTENT) {
            if (s.contains(p)) {
                return Verdict.CONTENT;
            }
        }
        return Verdict.NONE;
    }

    /** Splits at '-', '_', digits and lower-to-upper case changes and looks each word up. */
    private static boolean hasWeakWord(String raw) {
        int start = -1;
        for (int i = 0, n = raw.length(); i <= n; i++) {
            char c = i < n ? raw.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean caseCut = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1));
            if (start >= 0 && (!letter || caseCut)) {
                if (WEAK_WORDS.contains(raw.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return false;
    }
}
