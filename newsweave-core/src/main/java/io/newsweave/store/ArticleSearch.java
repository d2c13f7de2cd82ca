package io.newsweave.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs an {@link ArticleQuery} on one searcher: parse, filter, page, count facets. Stateless. */
final class ArticleSearch {

    private static final String[] TEXT_FIELDS = {"title", "text"};
    private static final Map<String, Float> BOOSTS = Map.of("title", 2f, "text", 1f);

    private ArticleSearch() {
    }

    static SearchResult run(IndexSearcher searcher, ArticleQuery q) throws IOException {
        Query query = build(q);
        FacetCounts.Manager facets = new FacetCounts.Manager();
        FacetCounts counts = searcher.search(query, facets);
        List<SearchResult.Hit> hits = new ArrayList<>();
        int window = q.offset() + q.limit();
        if (q.limit() > 0 && counts.total() > q.offset()) {
            boolean ranked = q.text() != null && !q.text().isBlank() && !q.newestFirst();
            TopDocs top = ranked ? searcher.search(query, window)
                    : searcher.search(query, window, new Sort(new SortField(ArticleIndex.SEQ, SortField.Type.LONG, true)));
            var stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = q.offset(); i < docs.length; i++) {
                BytesRef bytes = stored.document(docs[i].doc).getBinaryValue(ArticleIndex.RECORD);
                byte[] record = Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
                hits.add(new SearchResult.Hit(Store.decode(record), ranked ? docs[i].score : 0f));
            }
        }
        Map<String, Map<String, Integer>> facetMap = new LinkedHashMap<>();
        facetMap.put("language", counts.top(ArticleIndex.FACET_LANGUAGE, SearchResult.FACET_SIZE));
        facetMap.put("source", counts.top(ArticleIndex.FACET_SOURCE, SearchResult.FACET_SIZE));
        facetMap.put("entity", counts.top(ArticleIndex.FACET_ENTITY, SearchResult.FACET_SIZE));
        facetMap.put("date", counts.days());
        return new SearchResult(counts.total(), hits, facetMap);
    }

    static Query build(ArticleQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (q.text() != null && !q.text().isBlank()) {
            all.add(parse(q.text()), BooleanClause.Occur.MUST);
        } else {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filter(all, ArticleIndex.LANGUAGE, q.language());
        filter(all, ArticleIndex.SOURCE, q.source());
        filter(all, ArticleIndex.ENTITY, q.entity());
        filter(all, ArticleIndex.STORY, q.story());
        if (q.from() != null || q.to() != null) {
            int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            all.add(IntPoint.newRangeQuery(ArticleIndex.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, new StandardAnalyzer(), BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("not a valid query: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isEmpty()) {
            all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** Epoch day to ISO date. */
    static String day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
