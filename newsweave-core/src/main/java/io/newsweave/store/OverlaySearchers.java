package io.newsweave.store;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

import java.io.IOException;

/**
 * Searchers over a fixed reader of an index's last commit (opened without its writer, so without
 * its lock) together with the articles a read-only view added in memory: the journal records past
 * that commit. Refreshing sees what was added to the memory part. Thread-safe, as a
 * {@link ReferenceManager} is.
 */
final class OverlaySearchers extends ReferenceManager<IndexSearcher> {

    private final DirectoryReader committed;
    private final IndexWriter memory;
    private DirectoryReader added;

    /** @param committed the last commit, or {@code null} when there is none yet */
    OverlaySearchers(DirectoryReader committed, IndexWriter memory) throws IOException {
        this.committed = committed;
        this.memory = memory;
        this.added = DirectoryReader.open(memory);
        current = searcher(added);
    }

    /** A searcher over the commit and {@code tail}; its MultiReader holds a reference to each until it is closed. */
    private IndexSearcher searcher(DirectoryReader tail) throws IOException {
        IndexReader[] parts = committed == null ? new IndexReader[] {tail} : new IndexReader[] {committed, tail};
        return new IndexSearcher(new MultiReader(parts, false));
    }

    @Override
    protected void decRef(IndexSearcher reference) throws IOException {
        reference.getIndexReader().decRef();
    }

    @Override
    protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(added, memory);
        if (newer == null) {
            return null;
        }
        added.decRef();
        added = newer;
        return searcher(newer);
    }

    @Override
    protected boolean tryIncRef(IndexSearcher reference) {
        return reference.getIndexReader().tryIncRef();
    }

    @Override
    protected int getRefCount(IndexSearcher reference) {
        return reference.getIndexReader().getRefCount();
    }

    @Override
    protected void afterClose() throws IOException {
        added.decRef();
        if (committed != null) {
            committed.decRef();
        }
    }
}
