package io.newsweave.cli;

import io.newsweave.store.Store;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The {@code --data DIR} option shared by the commands. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "newsweave-data")
    Path data;

    /** The store, for writing: one writer (ingest, watch, serve, demo) per data directory at a time. */
    Store open() throws IOException {
        try {
            return Store.open(data);
        } catch (LockObtainFailedException e) {
            throw new InUse(data);
        }
    }

    /** A point-in-time view of the store for reading, alongside a writer that may be running. */
    Store openReadOnly() throws IOException {
        return Store.openReadOnly(data);
    }

    /** Another process writes to the data directory; exit code 2. */
    static final class InUse extends IOException {
        InUse(Path data) {
            super("data directory " + data + " is being written by another newsweave process (ingest, watch, serve or demo); "
                    + "wait for it to finish, or read it with stories, story, entities or export meanwhile");
        }
    }
}
