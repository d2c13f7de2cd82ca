package io.newsweave.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.RegExp;

import java.io.StringReader;
import java.util.function.Supplier;

/**
 * How complex a search may be, so that one request cannot take the server's memory or CPU: the
 * checks run on the text's tokens before it is parsed, on a regular expression's parse tree before
 * its automaton is built, and on the parsed query before it is searched
 * ({@link ArticleQuery#MAX_TEXT_LENGTH} bounds the tokenizer's and parser's work).
 * Each refusal is an {@link IllegalArgumentException} saying which limit was passed. Stateless.
 */
final class QueryLimits {

    /** Deepest nesting of parentheses. */
    static final int MAX_DEPTH = 20;
    /** Most terms in the parsed query; a word counts once per field it is searched in. */
    static final int MAX_TERMS = 256;
    /** Most expanding terms (wildcard, prefix, fuzzy, regular expression, range), counted per field. */
    static final int MAX_EXPANDING = 10;
    /** Largest repetition count in a regular expression: no indexed term is longer. */
    static final int MAX_REPEAT = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    /** Largest regular expression, in character positions once its repetitions are unrolled. */
    static final int MAX_REGEXP_SIZE = 1_000;
    /** Effort allowed to determinize a regular expression or wildcard (a fifth of Lucene's default). */
    static final int DETERMINIZE_WORK_LIMIT = 2_000;
    /** Regular expression syntax: the basic operators only, none of intersection, complement, intervals or {@code @}. */
    static final int REGEXP_SYNTAX = RegExp.NONE;

    private QueryLimits() {
    }

    /**
     * Refuses a regular expression whose automaton would be too large, from its parse tree (cheap:
     * the size of the text); {@link #DETERMINIZE_WORK_LIMIT} bounds what is left.
     */
    static void checkRegexp(String text) {
        if (size(new RegExp(text, REGEXP_SYNTAX)) > MAX_REGEXP_SIZE) {
            throw new IllegalArgumentException("regular expression /" + text + "/ is too large: it unrolls to more than "
                    + MAX_REGEXP_SIZE + " characters");
        }
    }

    /** Character positions of {@code r} with its repetitions unrolled (a repeated part counts at most the limit). */
    private static long size(RegExp r) {
        return switch (r.kind) {
            case REGEXP_UNION, REGEXP_CONCATENATION, REGEXP_INTERSECTION -> size(r.exp1) + size(r.exp2);
            case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> size(r.exp1) + 1;
            case REGEXP_REPEAT_MIN -> repeated(r, r.min + 1);
            case REGEXP_REPEAT_MINMAX -> repeated(r, Math.max(1, r.max));
            case REGEXP_STRING, REGEXP_AUTOMATON -> r.s.length();
            case REGEXP_INTERVAL -> r.digits;
            case REGEXP_CHAR, REGEXP_CHAR_RANGE, REGEXP_CHAR_CLASS, REGEXP_ANYCHAR, REGEXP_EMPTY, REGEXP_ANYSTRING -> 1;
        };
    }

    private static long repeated(RegExp r, int times) {
        if (r.min > MAX_REPEAT || r.max > MAX_REPEAT) {
            throw new IllegalArgumentException("regular expression repeats " + Math.max(r.min, r.max) + " times, at most "
                    + MAX_REPEAT + " (no term is longer)");
        }
        return Math.min(MAX_REGEXP_SIZE + 1L, size(r.exp1)) * times;
    }

    /**
     * Refuses text whose parentheses nest deeper than {@link #MAX_DEPTH}, read with the query
     * parser's own tokenizer (quotes, escapes and regular expressions as it reads them) before its
     * recursive descent does work per level. Text the tokenizer cannot read is left to the parser
     * to refuse.
     */
    static void checkNesting(String text) {
        QueryParserTokenManager tokens = new QueryParserTokenManager(new FastCharStream(new StringReader(text)));
        int depth = 0;
        try {
            for (Token t = tokens.getNextToken(); t.kind != QueryParserConstants.EOF; t = tokens.getNextToken()) {
                if (t.kind == QueryParserConstants.LPAREN && ++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("query nests more than " + MAX_DEPTH + " levels of parentheses");
                } else if (t.kind == QueryParserConstants.RPAREN) {
                    depth--;
                }
            }
        } catch (TokenMgrError e) {
            // not valid syntax: the parser says where
        }
    }

    /**
     * Checks a parsed query against the term and expansion limits and says whether it expands
     * terms (such searches wait for one of {@link ArticleIndex#EXPANDING_SEARCHES} turns).
     */
    static boolean check(Query query) {
        Counter counts = new Counter();
        query.visit(counts);
        if (counts.terms > MAX_TERMS) {
            throw new IllegalArgumentException("query has too many terms: " + counts.terms + " over title and text, at most "
                    + MAX_TERMS);
        }
        if (counts.expanding > MAX_EXPANDING) {
            throw new IllegalArgumentException("query has too many wildcard, fuzzy, regular expression or range terms: "
                    + counts.expanding + " over title and text, at most " + MAX_EXPANDING);
        }
        return counts.expanding > 0;
    }

    /** Counts the terms and expanding terms of one query. */
    private static final class Counter extends QueryVisitor {

        int terms;
        int expanding;

        @Override
        public void consumeTerms(Query query, Term... consumed) {
            terms += consumed.length;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            terms++;
            expanding++;
        }

        @Override
        public void visitLeaf(Query query) {
            terms++;
        }
    }
}
