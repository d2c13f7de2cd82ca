package io.newsweave.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Placeholder extractor: paragraphs of the page. Replaced by the real extractor. */
public final class HtmlExtractor {

    public ExtractedPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return new ExtractedPage(doc.title(), paragraphs, null, null, null, null, null);
    }
}
