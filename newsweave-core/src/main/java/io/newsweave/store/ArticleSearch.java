package io.newsweave.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link ArticleQuery} on one searcher: parse within the {@link QueryLimits}, filter,
 * page, count facets, all within a time budget. Stateless.
 */
final class ArticleSearch {

    private static final String[] TEXT_FIELDS = {"title", "text"};
    private static final Map<String, Float> BOOSTS = Map.of("title", 2f, "text", 1f);

    private ArticleSearch() {
    }

    /** A request checked and parsed: the query to run and whether it expands terms (wildcard, fuzzy, regex, range). */
    record Plan(ArticleQuery request, Query query, boolean expands) {
    }

    /** Checks and parses a request; an {@link IllegalArgumentException} says which limit or syntax rule it breaks. */
    static Plan plan(ArticleQuery q) {
        boolean text = q.text() != null && !q.text().isBlank();
        Query parsed = text ? parse(q.text()) : new MatchAllDocsQuery();
        return new Plan(q, build(parsed, q), text && QueryLimits.check(parsed));
    }

    /**
     * Runs a plan on {@code shared}'s reader, stopping term enumeration, doc value reads (facets)
     * and collection once {@code budget} has passed: then a {@link SearchTimeoutException}.
     */
    /** {@code reader} stopping at {@code timeout}: a writer's directory reader, or a read-only view's commit-plus-memory reader. */
    private static org.apache.lucene.index.IndexReader exitable(org.apache.lucene.index.IndexReader reader, QueryTimeout timeout)
            throws IOException {
        if (reader instanceof DirectoryReader directory) {
            return ExitableDirectoryReader.wrap(directory, timeout);
        }
        org.apache.lucene.index.IndexReader[] leaves = reader.leaves().stream()
                .map(leaf -> new ExitableDirectoryReader.ExitableFilterAtomicReader(leaf.reader(), timeout))
                .toArray(org.apache.lucene.index.IndexReader[]::new);
        return new org.apache.lucene.index.MultiReader(leaves, false);
    }

    static SearchResult run(IndexSearcher shared, Plan plan, Duration budget) throws IOException {
        QueryTimeout timeout = new QueryTimeoutImpl(budget.toMillis());
        IndexSearcher searcher = new IndexSearcher(exitable(shared.getIndexReader(), timeout));
        searcher.setTimeout(timeout);
        try {
            SearchResult result = run(searcher, plan.request(), plan.query());
            if (searcher.timedOut()) {
                throw new SearchTimeoutException(budget);
            }
            return result;
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            throw new SearchTimeoutException(budget);
        }
    }

    /** One pass over the matches: facets counted and the window's best (or newest) collected together. */
    private static SearchResult run(IndexSearcher searcher, ArticleQuery q, Query query) throws IOException {
        int window = q.offset() + q.limit();
        boolean ranked = q.text() != null && !q.text().isBlank() && !q.newestFirst();
        FacetCounts counts;
        TopDocs top = null;
        if (q.limit() > 0) {
            CollectorManager<?, ? extends TopDocs> best = ranked ? new TopScoreDocCollectorManager(window, Integer.MAX_VALUE)
                    : new TopFieldCollectorManager(new Sort(new SortField(ArticleIndex.SEQ, SortField.Type.LONG, true)), window,
                    Integer.MAX_VALUE);
            Object[] both = searcher.search(query, new MultiCollectorManager(new FacetCounts.Manager(), best));
            counts = (FacetCounts) both[0];
            top = (TopDocs) both[1];
        } else {
            counts = searcher.search(query, new FacetCounts.Manager());
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        if (top != null && counts.total() > q.offset()) {
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

    private static Query build(Query matching, ArticleQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(matching, BooleanClause.Occur.MUST);
        filter(all, ArticleIndex.LANGUAGE, q.language());
        filter(all, ArticleIndex.SOURCE, q.source());
        filter(all, ArticleIndex.ENTITY, q.entity());
        filter(all, ArticleIndex.STORY, q.story());
        if (!q.excluding().isEmpty()) {
            List<org.apache.lucene.util.BytesRef> ids = new java.util.ArrayList<>(q.excluding().size());
            q.excluding().forEach(id -> ids.add(new org.apache.lucene.util.BytesRef(id)));
            all.add(new org.apache.lucene.search.TermInSetQuery(ArticleIndex.ID, ids), BooleanClause.Occur.MUST_NOT);
        }
        if (q.from() != null || q.to() != null) {
            int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            all.add(IntPoint.newRangeQuery(ArticleIndex.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static Query parse(String text) {
        QueryLimits.checkNesting(text);
        try {
            return new BoundedParser().parse(text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("not a valid query: " + firstLine(e.getMessage()), e);
        } catch (TooComplexToDeterminizeException e) {
            throw new IllegalArgumentException("regular expression or wildcard too complex: matching it would take more than "
                    + QueryLimits.DETERMINIZE_WORK_LIMIT + " automaton steps", e);
        }
    }

    /**
     * The classic syntax over title and text, AND by default, no leading wildcard, and the
     * {@link QueryLimits} on regular expressions checked before their automata are built.
     */
    private static final class BoundedParser extends MultiFieldQueryParser {

        BoundedParser() {
            super(TEXT_FIELDS, new StandardAnalyzer(), BOOSTS);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
        }

        @Override
        protected Query newRegexpQuery(Term regexp) {
            QueryLimits.checkRegexp(regexp.text());
            return new RegexpQuery(regexp, QueryLimits.REGEXP_SYNTAX, 0, RegexpQuery.DEFAULT_PROVIDER, getDeterminizeWorkLimit(),
                    getMultiTermRewriteMethod());
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
