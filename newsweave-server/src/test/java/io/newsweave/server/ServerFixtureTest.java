package io.newsweave.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** Base of the HTTP tests: one real server over a filled store per test class. */
abstract class ServerFixtureTest {

    @TempDir
    static Path dir;
    static Fixture fx;

    @BeforeAll
    static void start() throws IOException {
        fx = new Fixture(dir.resolve("data"));
    }

    @AfterAll
    static void stop() throws IOException {
        fx.close();
    }
}
