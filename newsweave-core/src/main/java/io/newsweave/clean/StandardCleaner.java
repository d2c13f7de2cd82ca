package io.newsweave.clean;

import io.newsweave.clean.html.ExtractedPage;
import io.newsweave.clean.html.HtmlExtractor;
import io.newsweave.model.Declared;
import io.newsweave.model.Provenance;
import io.newsweave.model.RawDocument;

import java.util.ArrayList;
import java.util.List;

/** The {@link Cleaner} for every kind of raw document. Stateless and thread-safe. */
final class StandardCleaner implements Cleaner {

    private final HtmlExtractor html = new HtmlExtractor();

    @Override
    public CleanDocument clean(RawDocument raw) {
        Declared declared = raw.declared();
        String url = declared.url();
        String source = declared.source();
        String published = declared.published();
        String language = declared.language();
        String declaredTitle = declared.title();
        List<String> lines;
        DateHeader header = null;
        if (raw.kind() == RawDocument.Kind.HTML) {
            ExtractedPage page = html.extract(raw.content(), url);
            lines = new ArrayList<>();
            for (String paragraph : page.paragraphs()) {
                lines.add(UnicodeCleaner.squeeze(UnicodeCleaner.normalize(paragraph).replace('\n', ' ')));
            }
            declaredTitle = firstNonBlank(declaredTitle, page.title());
            url = firstNonBlank(page.canonicalUrl(), url);
            source = firstNonBlank(source, page.siteName());
            published = firstNonBlank(published, page.published());
            language = firstNonBlank(language, page.language());
        } else {
            String text = UnicodeCleaner.normalize(raw.content());
            if (raw.kind() == RawDocument.Kind.TEXT) {
                header = DateHeader.parse(text);
                if (header != null) {
                    text = header.rest();
                }
            }
            lines = Paragraphs.split(text);
        }
        Provenance provenance = published != null ? Provenance.METADATA : Provenance.NONE;
        if (published == null && header != null) {
            published = header.date();
            provenance = Provenance.HEADER;
        }
        LineFilter.Result filtered = LineFilter.apply(lines);
        List<String> paragraphs = new ArrayList<>(filtered.kept());
        String title = declaredTitle == null ? null : UnicodeCleaner.squeeze(UnicodeCleaner.normalize(declaredTitle).replace('\n', ' '));
        boolean titleFound = title != null && !title.isEmpty();
        if (!titleFound && Headline.looksLikeHeadline(paragraphs)) {
            title = paragraphs.remove(0);
            titleFound = true;
        } else if (titleFound && !paragraphs.isEmpty() && sameText(paragraphs.get(0), title)) {
            paragraphs.remove(0);
        }
        if (!titleFound) {
            title = paragraphs.isEmpty() ? "" : Headline.fromLead(paragraphs.get(0));
        }
        return new CleanDocument(raw.origin(), url, source, title, titleFound, paragraphs, published, provenance,
                declared.crawled(), language, filtered.dropped());
    }

    private static boolean sameText(String a, String b) {
        return LineTokens.of(a).equals(LineTokens.of(b));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
