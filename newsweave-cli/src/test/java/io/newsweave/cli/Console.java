package io.newsweave.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error captured around each test ({@code @RegisterExtension}), and
 * {@link #run} to run one command line with both emptied first.
 */
final class Console implements BeforeEachCallback, AfterEachCallback {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** The standard error the test started with, for figures a test reports as it runs. */
    PrintStream terminal() {
        return oldErr;
    }

    /** Runs {@code newsweave args...}, standard output and error emptied first; returns the exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }
}
