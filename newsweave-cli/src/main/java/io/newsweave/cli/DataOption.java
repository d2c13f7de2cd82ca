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

    Store open() throws IOException {
        try {
            return Store.open(data);
        } catch (LockObtainFailedException e) {
            throw new IOException("data directory " + data + " is in use by another newsweave process", e);
        }
    }
}
