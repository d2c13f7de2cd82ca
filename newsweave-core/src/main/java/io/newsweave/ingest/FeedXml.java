package io.newsweave.ingest;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses feed XML into a JDOM tree safely, and reads what Rome does not keep: each item's date
 * as written. Parsing uses Rome's own hardened builder with doctypes disallowed: no DTD is
 * loaded, no external or internal entity is declared or expanded, so an XXE attempt fails to
 * parse. A doctype without an internal subset (the RSS 0.91 Netscape one) declares nothing and
 * is removed before parsing so that such feeds still read. Stateless and thread-safe: every call
 * builds its own parser.
 */
final class FeedXml {

    /** A doctype without internal subset in the prolog: after declarations and comments only. */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile(
            "\\A((?:\\s*+(?:<\\?.*?\\?>|<!--.*?-->))*+\\s*+)<!DOCTYPE\\s[^\\[>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "issued",
            "updated", "modified");

    /** Rome's hardened builder, reached through its protected factory method. */
    private static final class Builders extends WireFeedInput {
        Builders() {
            setAllowDoctypes(false);
        }

        SAXBuilder builder() {
            return createSAXBuilder();
        }
    }

    private FeedXml() {
    }

    /** The XML tree of {@code xml}; a {@link org.jdom2.input.JDOMParseException} names line and column. */
    static Document parse(String xml) throws JDOMException, IOException {
        String withoutDoctype = PLAIN_DOCTYPE.matcher(xml).replaceFirst("$1");
        return new Builders().builder().build(new XmlFixerReader(new StringReader(withoutDoctype)));
    }

    /**
     * The date of each item as written, in document order ({@code null} where an item has none):
     * RSS {@code pubDate}, Dublin Core {@code dc:date}, Atom {@code published} or else
     * {@code updated}.
     */
    static List<String> itemDates(Document document) {
        List<String> dates = new ArrayList<>();
        for (Element item : items(document.getRootElement())) {
            dates.add(date(item));
        }
        return dates;
    }

    /** The {@code xml:lang} of the root or the RSS channel, or {@code null}. */
    static String xmlLang(Document document) {
        Element root = document.getRootElement();
        String lang = root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        if (lang == null) {
            Element channel = child(root, "channel");
            lang = channel == null ? null : channel.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        return Readers.blankToNull(lang);
    }

    private static List<Element> items(Element root) {
        String name = root.getName().toLowerCase(Locale.ROOT);
        if (name.equals("feed")) {
            return children(root, "entry");
        }
        if (name.equals("rss")) {
            Element channel = child(root, "channel");
            return channel == null ? List.of() : children(channel, "item");
        }
        List<Element> items = children(root, "item");
        if (items.isEmpty()) {
            Element channel = child(root, "channel");
            return channel == null ? List.of() : children(channel, "item");
        }
        return items;
    }

    private static String date(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                found.add(child);
            }
        }
        return found;
    }
}
