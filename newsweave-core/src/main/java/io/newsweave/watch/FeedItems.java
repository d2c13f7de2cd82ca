package io.newsweave.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the items of a fetched feed, sitemap or section page. RSS and Atom are parsed with Rome
 * (doctypes refused, so no entity is expanded); sitemaps and news sitemaps with StAX (DTDs and
 * external entities off), newest {@code lastmod} first; a sitemap index yields its child
 * sitemaps; an HTML section page yields its links that look like articles (same site, a path
 * with a slug or a number; not tags, authors, search or files). At most {@code cap} items are
 * kept, and how many there were is reported. An HTML page where a feed or sitemap was declared is
 * a {@link FetchFailure.Severity#HARD} failure; XML that does not parse is a
 * {@link FetchFailure.Severity#SOFT} one naming the line. Stateless and thread-safe.
 */
public final class FeedItems {

    /**
     * What a body held.
     *
     * @param kind       what it turned out to be; {@code null} for an HTML page read while detecting
     * @param items      the items, at most the cap
     * @param total      how many items there were before the cap
     * @param sitemaps   child sitemaps of a sitemap index
     * @param feeds      feeds a home page announces ({@code <link rel=alternate>}), when detecting
     */
    public record Parsed(SourceKind kind, List<FeedItem> items, int total, List<String> sitemaps, List<String> feeds) {
    }

    private static final int SITEMAP_MAX = 50_000;
    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "(?i)/(tags?|topics?|category|categories|authors?|search|login|signin|subscribe|newsletters?|about|contact|privacy|terms|page)(/|$)"
                    + "|\\.(jpe?g|png|gif|webp|svg|pdf|zip|mp[34]|css|js|xml|rss)$");
    private static final Pattern ARTICLE_SEGMENT = Pattern.compile("[^/]*[-_][^/]*[-_][^/]*|[^/]*\\d{4,}[^/]*");

    private FeedItems() {
    }

    /** The items of {@code body} fetched from {@code base}; {@code declared} is the source's kind or {@code null} to detect it. */
    public static Parsed parse(byte[] body, String contentType, SourceKind declared, URI base, int cap) throws FetchFailure {
        String text = Texts.decode(body, contentType);
        String root = rootName(text);
        if (root == null) {
            throw new FetchFailure(FetchFailure.Severity.SOFT, body.length == 0 ? "empty body"
                    : "neither XML nor HTML (starts with " + preview(text) + ")");
        }
        if (root.equals("html")) {
            if (declared == null) {
                Document page = Jsoup.parse(text, base.toString());
                return new Parsed(null, capped(links(page, base), cap), links(page, base).size(), List.of(), alternates(page, base));
            }
            if (declared == SourceKind.PAGE) {
                List<FeedItem> links = links(Jsoup.parse(text, base.toString()), base);
                return new Parsed(SourceKind.PAGE, capped(links, cap), links.size(), List.of(), List.of());
            }
            throw new FetchFailure(FetchFailure.Severity.HARD, "HTML page where a " + declared.wire() + " was expected");
        }
        if (declared == SourceKind.PAGE) {
            throw new FetchFailure(FetchFailure.Severity.HARD, "XML (" + root + ") where an HTML page was expected");
        }
        return switch (root) {
            case "rss", "rdf", "feed" -> feed(text, base, cap);
            case "urlset", "sitemapindex" -> sitemap(text, base, cap);
            default -> throw new FetchFailure(FetchFailure.Severity.HARD, "XML root <" + root + "> is no feed or sitemap");
        };
    }

    private static Parsed feed(String text, URI base, int cap) throws FetchFailure {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Severity.SOFT, "malformed feed: " + oneLine(e.getMessage()));
        }
        SourceKind kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? SourceKind.ATOM : SourceKind.RSS;
        List<SyndEntry> entries = feed.getEntries();
        Map<String, FeedItem> items = new LinkedHashMap<>();
        for (SyndEntry entry : entries) {
            if (items.size() >= cap) {
                break;
            }
            String link = entry.getLink();
            if ((link == null || link.isBlank()) && entry.getUri() != null && entry.getUri().startsWith("http")) {
                link = entry.getUri();
            }
            String url = UrlNormalizer.resolve(base, link);
            if (url == null) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String title = entry.getTitle() == null || entry.getTitle().isBlank() ? null : entry.getTitle().strip();
            items.putIfAbsent(url, new FeedItem(url, title, date == null ? null : date.toInstant().toString(), null));
        }
        return new Parsed(kind, List.copyOf(items.values()), entries.size(), List.of(), List.of());
    }

    private record Located(FeedItem item, String lastmod) {
    }

    private static Parsed sitemap(String text, URI base, int cap) throws FetchFailure {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<Located> urls = new ArrayList<>();
        List<Located> children = new ArrayList<>();
        boolean news = false;
        int total = 0;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
            String loc = null, lastmod = null, title = null, published = null, language = null;
            StringBuilder chars = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    chars.setLength(0);
                    String name = xml.getLocalName();
                    if (name.equals("url") || name.equals("sitemap")) {
                        loc = lastmod = title = published = language = null;
                    } else if (name.equals("news")) {
                        news = true;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (chars.length() < 4096) {
                        chars.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String value = chars.toString().strip();
                    switch (xml.getLocalName()) {
                        case "loc" -> loc = value;
                        case "lastmod" -> lastmod = value;
                        case "title" -> title = value;
                        case "publication_date" -> published = value;
                        case "language" -> language = value;
                        case "url", "sitemap" -> {
                            String url = UrlNormalizer.resolve(base, loc);
                            boolean child = xml.getLocalName().equals("sitemap");
                            if (url != null) {
                                total++;
                                if (total <= SITEMAP_MAX) {
                                    FeedItem item = new FeedItem(url, blank(title), blank(published != null ? published : lastmod), blank(language));
                                    (child ? children : urls).add(new Located(item, published != null ? published : lastmod));
                                }
                            }
                        }
                        default -> {
                        }
                    }
                    chars.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new FetchFailure(FetchFailure.Severity.SOFT, "malformed sitemap" + where + ": " + oneLine(e.getMessage()));
        }
        Comparator<Located> newestFirst = Comparator.comparing((Located l) -> l.lastmod == null ? "" : l.lastmod).reversed();
        urls.sort(newestFirst);
        children.sort(newestFirst);
        Set<String> seen = new LinkedHashSet<>();
        List<FeedItem> items = new ArrayList<>();
        for (Located l : urls) {
            if (items.size() < cap && seen.add(l.item.url())) {
                items.add(l.item);
            }
        }
        List<String> sitemaps = children.stream().map(l -> l.item.url()).distinct().limit(cap).toList();
        return new Parsed(news ? SourceKind.NEWS_SITEMAP : SourceKind.SITEMAP, List.copyOf(items), total, sitemaps, List.of());
    }

    /** Links of a section page that look like articles, in page order, without duplicates. */
    static List<FeedItem> links(Document page, URI base) {
        String site = site(base.getHost());
        String self = UrlNormalizer.normalize(base);
        Map<String, FeedItem> links = new LinkedHashMap<>();
        for (Element a : page.select("a[href]")) {
            String url = UrlNormalizer.resolve(base, a.attr("href"));
            if (url == null || url.equals(self)) {
                continue;
            }
            URI uri = URI.create(url);
            if (!site(uri.getHost()).equals(site) || !looksLikeArticle(uri.getRawPath())) {
                continue;
            }
            String title = a.text().strip();
            links.putIfAbsent(url, new FeedItem(url, title.length() >= 12 ? title : null, null, null));
        }
        return List.copyOf(links.values());
    }

    static boolean looksLikeArticle(String path) {
        if (path == null || path.length() < 2 || NOT_ARTICLE.matcher(path).find()) {
            return false;
        }
        String[] segments = path.split("/");
        for (String segment : segments) {
            if (segment.length() >= 8 && ARTICLE_SEGMENT.matcher(segment).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> alternates(Document page, URI base) {
        List<String> feeds = new ArrayList<>();
        for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) {
                String url = UrlNormalizer.resolve(base, link.attr("href"));
                if (url != null && !feeds.contains(url)) {
                    feeds.add(url);
                }
            }
        }
        return feeds;
    }

    private static String site(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** The local name of the first element, lower case ({@code html} for HTML), or {@code null} when there is none. */
    static String rootName(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (i >= n || text.charAt(i) != '<') {
                return null;
            }
            if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i);
                if (end < 0) {
                    return null;
                }
                i = end + 3;
            } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
                int bracket = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                int end = bracket >= 0 && bracket < close ? text.indexOf("]>", bracket) + 1 : close;
                if (end <= 0) {
                    return null;
                }
                if (text.substring(i, Math.min(end, i + 40)).toLowerCase(Locale.ROOT).contains("html")) {
                    return "html";
                }
                i = end + 1;
            } else {
                int j = i + 1;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>' && text.charAt(j) != '/') {
                    j++;
                }
                String name = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
                int colon = name.indexOf(':');
                name = colon >= 0 ? name.substring(colon + 1) : name;
                return switch (name) {
                    case "head", "body", "meta", "title", "div", "p" -> "html";
                    default -> name.isEmpty() ? null : name;
                };
            }
        }
        return null;
    }

    private static <T> List<T> capped(List<T> list, int cap) {
        return list.size() <= cap ? list : List.copyOf(list.subList(0, cap));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String preview(String text) {
        String s = text.strip();
        return "\"" + oneLine(s.length() > 24 ? s.substring(0, 24) + "…" : s) + "\"";
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
