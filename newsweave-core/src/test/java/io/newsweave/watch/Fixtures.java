package io.newsweave.watch;

import java.util.List;

/** Feeds, sitemaps and article pages written for the watch tests. */
final class Fixtures {

    private Fixtures() {
    }

    static String rss(String title, List<String> links) {
        StringBuilder items = new StringBuilder();
        int i = 0;
        for (String link : links) {
            i++;
            items.append("<item><title>Item ").append(i).append(" of ").append(title).append("</title><link>")
                    .append(link.replace("&", "&amp;")).append("</link><pubDate>Tue, 07 Dec 2021 1").append(i % 10)
                    .append(":00:00 GMT</pubDate></item>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://example.org/</link><description>d</description>\n" + items + "</channel></rss>\n";
    }

    static String atom(List<String> links) {
        StringBuilder entries = new StringBuilder();
        int i = 0;
        for (String link : links) {
            i++;
            entries.append("<entry><title>Entry ").append(i).append("</title><id>urn:e:").append(i)
                    .append("</id><link href=\"").append(link).append("\"/><updated>2021-12-0").append(1 + i % 9)
                    .append("T10:00:00Z</updated></entry>\n");
        }
        return "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>urn:f</id>"
                + "<updated>2021-12-07T10:00:00Z</updated>\n" + entries + "</feed>\n";
    }

    static String sitemap(List<String> locs, boolean news) {
        StringBuilder urls = new StringBuilder();
        int i = 0;
        for (String loc : locs) {
            i++;
            urls.append("<url><loc>").append(loc).append("</loc><lastmod>2021-12-").append(10 + i % 20).append("</lastmod>");
            if (news) {
                urls.append("<news:news><news:publication><news:name>N</news:name><news:language>fr</news:language>"
                        + "</news:publication><news:publication_date>2021-12-").append(10 + i % 20)
                        .append("T08:00:00Z</news:publication_date><news:title>Titre ").append(i).append("</news:title></news:news>");
            }
            urls.append("</url>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + (news ? " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"" : "") + ">\n" + urls + "</urlset>\n";
    }

    private static final String[] NAMES = {"Biden", "Putin", "Zelensky", "Scholz", "Macron", "Blinken", "Lavrov", "Stoltenberg"};
    private static final String[] PLACES = {"Geneva", "Kyiv", "Moscow", "Brussels", "Vienna", "Warsaw", "Berlin", "Paris"};

    /** An article page with a headline, a date and several paragraphs that differ with {@code n}. */
    static String article(String title, int n) {
        String a = NAMES[n % NAMES.length];
        String b = NAMES[(n / 8 + 3) % NAMES.length];
        String place = PLACES[(n / 3) % PLACES.length];
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            body.append("<p>").append(a).append(" and ").append(b).append(" met in ").append(place).append(" on day ")
                    .append(n).append(" for talks number ").append(n * 7 + p).append(", officials said on Tuesday, adding that ")
                    .append("the discussions about report ").append(n).append(" paragraph ").append(p)
                    .append(" would continue next week with delegations from both sides.</p>\n");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2021-12-07T10:00:00Z\"></head><body><article><h1>"
                + title + "</h1>\n" + body + "</article></body></html>\n";
    }
}
