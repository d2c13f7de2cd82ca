package io.newsweave.clean.html;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and the metadata of a news page from its HTML.
 *
 * <p>The text is found in three linear passes over the parsed tree: measure prose per element,
 * mark clutter (navigation, share bars, related links, comments, cookie and subscription banners,
 * ads, forms, hidden and script elements; see {@link ClutterRules}), then cut the rest into blocks
 * and choose the element that maximises prose over links and fragments. Inside it, link lists,
 * bylines, credits, "read also" lines, the headline (it goes to {@code title}) and short
 * non-sentences after the last paragraph are dropped ({@link ParagraphAssembler}). When the page's
 * JSON-LD {@code articleBody} is much longer than that, it is used instead. Paragraphs come back
 * whitespace-collapsed, trimmed and in page order; headings, list items and quotes of the article
 * are kept.
 *
 * <p>Does not fetch anything, run scripts, decode bytes (the caller passes a {@code String}),
 * detect the language of the text, or parse dates: {@code published} is the string the page gives.
 * Never throws on bad input: empty, garbled or hostile HTML gives a page with no paragraphs.
 * Input beyond {@link #MAX_CHARS} characters is cut off.
 *
 * <p>Stateless and thread-safe: one instance may be shared by any number of threads.
 */
public final class HtmlExtractor {

    /** Longest input read, in characters; the rest of a longer page is ignored. */
    static final int MAX_CHARS = 8_000_000;

    /**
     * Extracts a page.
     *
     * @param html the page source; {@code null} or blank gives an empty page
     * @param url  the page address, used to resolve relative links; may be {@code null}
     * @return the extracted page, never {@code null}
     */
    public ExtractedPage extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return empty();
        }
        try {
            String source = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
            Document doc = Jsoup.parse(source, url == null ? "" : url);
            return extract(doc);
        } catch (RuntimeException e) {
            return empty();
        }
    }

    private static ExtractedPage extract(Document doc) {
        Element body = doc.body();
        BlockModel raw = BlockWalker.walk(body, e -> ClutterRules.isJunkTag(e.normalName()));
        Set<Element> removed = Pruner.prune(body, raw, new ClutterRules());
        BlockModel model = BlockWalker.walk(body, removed::contains);
        Span root = ContentSelector.select(model);

        MetaTags meta = MetaTags.read(doc);
        JsonLd ld = JsonLd.read(doc);
        MetadataReader.PageMeta pm = MetadataReader.read(doc, meta, ld, root == null ? null : root.element());

        List<String> paragraphs = ParagraphAssembler.assemble(
                root == null ? raw.blocks() : model.blocksOf(root), pm.title(), ld.articleBody());
        return new ExtractedPage(pm.title(), paragraphs, pm.canonicalUrl(), pm.siteName(), pm.published(),
                pm.publishedFrom(), pm.language());
    }

    private static ExtractedPage empty() {
        return new ExtractedPage(null, List.of(), null, null, null, null, null);
    }
}
