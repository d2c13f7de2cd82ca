package io.newsweave.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Renders one {@link SyntheticArticle} as a realistic news page of 15 to 40 KB: meta tags
 * (Open Graph, {@code article:published_time}, canonical link, sometimes JSON-LD), inline style
 * and scripts, a cookie banner, navigation, breadcrumbs, the article (headline, byline, time,
 * photo with caption, paragraphs with an ad slot, share bar, tags), related and most-read links,
 * a newsletter form and a footer. The page text is in the article's language. Stateless.
 */
final class HtmlPage {

    static final int MIN_BYTES = 15_000;
    static final int MAX_BYTES = 40_000;

    private static final String STYLE = """
            :root{--ink:#1a1a1a;--muted:#6b6b6b;--accent:#b3001b;--rule:#e2e2e2}
            body{margin:0;font:17px/1.6 Georgia,serif;color:var(--ink);background:#fff}
            .site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:1px solid var(--rule)}
            .site-nav ul{list-style:none;display:flex;gap:18px;margin:0;padding:0}
            .site-nav a{color:var(--ink);text-decoration:none;font:600 14px/1 Helvetica,Arial,sans-serif;text-transform:uppercase}
            .cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:16px 24px;z-index:1000}
            .cookie-banner button{margin-left:12px;padding:6px 14px;border:0;background:var(--accent);color:#fff}
            .breadcrumbs{font:13px Helvetica,Arial,sans-serif;color:var(--muted);padding:8px 24px}
            article{max-width:720px;margin:0 auto;padding:0 24px}
            article h1{font:700 38px/1.15 Helvetica,Arial,sans-serif;margin:16px 0}
            .byline,.dateline{font:14px Helvetica,Arial,sans-serif;color:var(--muted)}
            figure{margin:24px 0}figure img{width:100%;height:auto}figcaption{font-size:13px;color:var(--muted)}
            .ad-slot{min-height:250px;background:#f4f4f4;text-align:center;font:11px sans-serif;color:#999}
            .share-bar ul,.tags ul{list-style:none;display:flex;gap:10px;padding:0}
            .related{max-width:720px;margin:32px auto;padding:0 24px;border-top:3px solid var(--ink)}
            .related li{margin:8px 0}.related a{color:var(--ink);font-weight:600;text-decoration:none}
            .newsletter{background:#f7f2e8;padding:24px;margin:32px auto;max-width:720px}
            .site-footer{background:#111;color:#ccc;padding:32px 24px;font:14px Helvetica,Arial,sans-serif}
            .site-footer a{color:#ccc}.site-footer .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:24px}
            @media (max-width:700px){.site-nav{display:none}article h1{font-size:28px}.site-footer .cols{grid-template-columns:1fr 1fr}}
            """;

    private static final String ANALYTICS = """
            window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
            gtag('js',new Date());gtag('config','G-EXAMPLE0000',{anonymize_ip:true});
            (function(d,s){var t=d.createElement(s);t.async=true;t.src='/static/js/consent.js';d.head.appendChild(t);})(document,'script');
            """;

    private static final List<String> SECTIONS = List.of("world", "business", "politics", "society", "science", "culture",
            "sport", "opinion", "climate", "tech", "video", "podcasts");

    private HtmlPage() {
    }

    static String render(SyntheticArticle a, SyntheticCorpus corpus, SplittableRandom r) {
        Vocabulary v = Vocabulary.of(a.language());
        int target = MIN_BYTES + 1_500 + r.nextInt(MAX_BYTES - MIN_BYTES - 4_000);
        String outlet = a.source().substring(0, a.source().indexOf('.'));
        String published = a.published() + "T" + String.format(Locale.ROOT, "%02d:%02d:00+01:00", 6 + r.nextInt(15), r.nextInt(60));
        String author = SyntheticCorpus.pick(r, v.firstNames()) + " " + SyntheticCorpus.pick(r, v.lastNames());
        String description = a.paragraphs().get(0).length() > 160 ? a.paragraphs().get(0).substring(0, 157) + "..." : a.paragraphs().get(0);
        StringBuilder h = new StringBuilder(MAX_BYTES + 4_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(a.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(a.title())).append(" | ").append(outlet).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(esc(description)).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(a.url()).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">\n")
                .append("<meta property=\"og:image\" content=\"https://img.").append(a.source()).append("/").append(a.index()).append("/1200x630.jpg\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n")
                .append("<meta property=\"article:section\" content=\"").append(SyntheticCorpus.pick(r, SECTIONS)).append("\">\n")
                .append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
                .append("<link rel=\"canonical\" href=\"").append(a.url()).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/css/main.css?v=").append(1000 + r.nextInt(9000)).append("\">\n")
                .append("<style>\n").append(STYLE).append("</style>\n")
                .append("<script>\n").append(ANALYTICS).append("</script>\n");
        if (r.nextBoolean()) {
            h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
                    .append(json(a.title())).append("\",\"datePublished\":\"").append(published).append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
                    .append(author).append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(outlet).append("\"}}</script>\n");
        }
        h.append("</head>\n<body class=\"article-page\">\n");
        h.append("<div id=\"cookie-banner\" class=\"cookie-banner\" role=\"dialog\"><p>").append(esc(v.chrome().get("cookie")))
                .append(" <a href=\"/privacy\">Privacy</a></p><button type=\"button\">").append(v.chrome().get("accept"))
                .append("</button><button type=\"button\">Settings</button></div>\n");
        h.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\"><img src=\"/static/img/logo.svg\" alt=\"").append(outlet)
                .append("\" width=\"180\" height=\"40\"></a>\n<nav class=\"site-nav\"><ul>");
        h.append("<li><a href=\"/\">").append(v.chrome().get("home")).append("</a></li><li><a href=\"/world/\">").append(v.chrome().get("world"))
                .append("</a></li><li><a href=\"/business/\">").append(v.chrome().get("business")).append("</a></li>");
        for (String section : SECTIONS) {
            h.append("<li><a href=\"/").append(section).append("/\">").append(section).append("</a></li>");
        }
        h.append("</ul></nav>\n<form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\"><button>Search</button></form></header>\n");
        h.append("<div class=\"breadcrumbs\"><a href=\"/\">").append(v.chrome().get("home")).append("</a> › <a href=\"/world/\">")
                .append(v.chrome().get("world")).append("</a></div>\n<main>\n<article class=\"story\">\n");
        h.append("<h1 class=\"headline\">").append(esc(a.title())).append("</h1>\n");
        h.append("<p class=\"byline\">").append(v.chrome().get("by")).append(" <a href=\"/authors/").append(SyntheticCorpus.slug(author)).append("\">")
                .append(author).append("</a></p>\n<p class=\"dateline\"><time datetime=\"").append(published).append("\">")
                .append(SyntheticCorpus.datePhrase(v, a.published())).append(", ").append(a.published().getYear()).append("</time></p>\n");
        h.append("<figure><img src=\"https://img.").append(a.source()).append("/").append(a.index())
                .append("/960x540.jpg\" alt=\"\" loading=\"lazy\" width=\"960\" height=\"540\"><figcaption>")
                .append(esc(SyntheticCorpus.pick(r, v.places()))).append(". ").append(v.chrome().get("photo")).append(" ").append(author)
                .append(" / Agency</figcaption></figure>\n<div class=\"article-body\">\n");
        int adAt = a.paragraphs().size() / 2;
        for (int i = 0; i < a.paragraphs().size(); i++) {
            if (i == adAt) {
                h.append("<div class=\"ad-slot\" data-slot=\"mid-article\">Advertisement</div>\n");
            }
            h.append("<p>").append(esc(a.paragraphs().get(i))).append("</p>\n");
        }
        h.append("</div>\n<div class=\"share-bar\"><span>").append(v.chrome().get("share")).append("</span><ul>");
        for (String net : List.of("Facebook", "X", "WhatsApp", "LinkedIn", "E-mail", "Print")) {
            h.append("<li><a href=\"#share-").append(net.toLowerCase(Locale.ROOT)).append("\" rel=\"nofollow\">").append(net).append("</a></li>");
        }
        h.append("</ul></div>\n<div class=\"tags\"><ul>");
        for (int i = 0; i < 5; i++) {
            String tag = SyntheticCorpus.pick(r, i % 2 == 0 ? v.themes() : v.places());
            h.append("<li><a href=\"/tag/").append(SyntheticCorpus.slug(tag)).append("\">").append(esc(tag)).append("</a></li>");
        }
        h.append("</ul></div>\n</article>\n<aside class=\"related\"><h2>").append(v.chrome().get("related")).append("</h2><ul>\n");
        String footer = footer(v, outlet, a.published());
        int closing = footer.length() + 200;
        int links = 0;
        while (h.length() + closing < target || links < 6) {
            String teaser = corpus.teaser(r, a.language());
            h.append("<li><a href=\"/").append(SyntheticCorpus.pick(r, SECTIONS)).append("/").append(SyntheticCorpus.slug(teaser)).append("-")
                    .append(r.nextInt(1_000_000)).append(".html\"><img src=\"/thumbs/").append(r.nextInt(1_000_000))
                    .append(".jpg\" alt=\"\" width=\"120\" height=\"68\"><span>").append(esc(teaser)).append("</span></a></li>\n");
            if (++links == 12) {
                h.append("</ul><h2>Most read</h2><ul class=\"most-read\">\n");
            }
        }
        h.append("</ul></aside>\n</main>\n").append(footer).append("</body>\n</html>\n");
        return h.toString();
    }

    private static String footer(Vocabulary v, String outlet, LocalDate date) {
        StringBuilder f = new StringBuilder(2_000);
        f.append("<section class=\"newsletter\"><h3>Newsletter</h3><form action=\"/newsletter\"><input type=\"email\" name=\"email\">")
                .append("<button>Subscribe</button></form></section>\n<footer class=\"site-footer\"><div class=\"cols\">");
        for (List<String> column : List.of(List.of("About us", "Contact", "Careers", "Advertise"),
                List.of("Terms of use", "Privacy", "Cookie settings", "Imprint"), List.of("RSS", "Apps", "Archive", "Corrections"))) {
            f.append("<ul>");
            for (String item : column) {
                f.append("<li><a href=\"/").append(SyntheticCorpus.slug(item)).append("\">").append(item).append("</a></li>");
            }
            f.append("</ul>");
        }
        f.append("</div><p>© ").append(date.getYear()).append(" ").append(outlet).append(". ").append(v.chrome().get("rights")).append("</p></footer>\n");
        return f.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
