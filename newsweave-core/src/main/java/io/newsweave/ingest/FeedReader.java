package io.newsweave.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsweave.model.Declared;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome into one {@link RawDocument} per item,
 * origin {@code path#N} with the 1-based item number. The body is {@code content:encoded} or Atom
 * {@code content}, else the description or summary, converted from HTML to plain paragraphs
 * ({@link HtmlText}) and delivered as {@link RawDocument.Kind#BODY}: feed snippets are article
 * text already, not pages for main-content extraction. Declared: the item title, its link (or an
 * {@code http} id), its published date (else updated) as ISO 8601 keeping the written offset when
 * it can be read, the host of the feed's link (else the feed title) as source, and the item's
 * Dublin Core language, else the feed's. An item without body is rejected on its own; a feed that
 * is not well-formed XML, declares a doctype with entities, or is no feed is rejected whole,
 * naming line and column when the parser gives them. The feed is parsed in memory, bounded by
 * {@link IngestConfig#maxFeedBytes()}. Thread-safe: holds only the immutable config.
 */
final class FeedReader {

    private final IngestConfig config;

    FeedReader(IngestConfig config) {
        this.config = config;
    }

    void read(Input in, Delivery sink) {
        byte[] bytes = Sizes.readWhole(in, "feed", config.maxFeedBytes(), sink);
        if (bytes == null) {
            return;
        }
        Document xml;
        SyndFeed feed;
        try {
            xml = FeedXml.parse(TextDecoder.decodeXml(bytes).text());
            feed = new SyndFeedInput().build(xml);
        } catch (JDOMParseException e) {
            String cause = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            if (cause.contains("DOCTYPE")) {
                sink.reject(in.reject(-1, "refused: the feed declares a DOCTYPE with its own definitions (entities), "
                        + "which are never expanded, at line " + e.getLineNumber()));
                return;
            }
            sink.reject(in.reject(-1, "not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + Readers.describe(e.getCause() != null ? e.getCause() : e)));
            return;
        } catch (JDOMException | IOException | FeedException | RuntimeException e) {
            sink.reject(in.reject(-1, "not a readable RSS or Atom feed: " + Readers.describe(e)));
            return;
        }
        List<String> dates = FeedXml.itemDates(xml);
        List<SyndEntry> entries = feed.getEntries();
        Channel channel = new Channel(feed, FeedXml.xmlLang(xml));
        for (int i = 0; i < entries.size(); i++) {
            String written = dates.size() == entries.size() ? dates.get(i) : null;
            Origin origin = in.origin().at(i + 1L);
            try {
                sink.accept(item(origin, entries.get(i), written, channel));
            } catch (BadRecordException e) {
                sink.reject(new Rejection(origin, -1, e.getMessage(), null));
            }
        }
        if (entries.isEmpty()) {
            sink.reject(in.reject(-1, "feed has no items"));
        }
    }

    /** What every item of one feed shares. */
    private record Channel(String source, String language) {
        Channel(SyndFeed feed, String xmlLang) {
            this(firstNonNull(Readers.host(feed.getLink()), Readers.blankToNull(feed.getTitle())),
                    firstNonNull(Readers.blankToNull(feed.getLanguage()), xmlLang));
        }
    }

    private RawDocument item(Origin origin, SyndEntry entry, String writtenDate, Channel channel)
            throws BadRecordException {
        String body = body(entry);
        if (body == null) {
            throw new BadRecordException("feed item has no content or description");
        }
        if (body.length() > config.maxDocumentBytes()) {
            throw new BadRecordException(Sizes.tooLarge("item text", body.length(), config.maxDocumentBytes())
                    .replace("bytes", "characters"));
        }
        String url = link(entry);
        String title = entry.getTitle() == null ? null : Readers.blankToNull(HtmlText.inline(entry.getTitle()));
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Declared declared = new Declared(title, url,
                firstNonNull(channel.source(), Readers.host(url)), iso(writtenDate, date),
                firstNonNull(dcLanguage(entry), channel.language()), null);
        return new RawDocument(origin, RawDocument.Kind.BODY, body, declared);
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String text = text(content);
            if (text != null) {
                return text;
            }
        }
        return text(entry.getDescription());
    }

    private static String text(SyndContent content) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue();
        String text = type.equals("text") || type.equals("text/plain")
                ? HtmlText.plain(value)
                : HtmlText.paragraphs(value);
        return text.isBlank() ? null : text;
    }

    private static String link(SyndEntry entry) {
        String link = Readers.blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri().strip();
        }
        return link;
    }

    private static String dcLanguage(SyndEntry entry) {
        return entry.getModule(DCModule.URI) instanceof DCModule dc ? Readers.blankToNull(dc.getLanguage()) : null;
    }

    /**
     * ISO 8601 for a feed date: the written date re-formatted with its own offset when it is ISO
     * 8601 or RFC 1123, else Rome's parse of it in UTC, else the written text.
     */
    static String iso(String written, Date parsed) {
        if (written != null) {
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                    DateTimeFormatter.RFC_1123_DATE_TIME)) {
                try {
                    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(written, format));
                } catch (DateTimeParseException e) {
                    // try the next shape
                }
            }
        }
        return parsed != null ? parsed.toInstant().toString() : written;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
