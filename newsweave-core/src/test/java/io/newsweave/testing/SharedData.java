package io.newsweave.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (third-party data kept outside the repository); tests skip when absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The folder {@code ../shared/<relative>} next to the repository, or skips the test. */
    public static Path require(String relative) {
        for (Path base : new Path[] {Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
            Path candidate = base.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        Assumptions.assumeTrue(false, "../shared/" + relative + " is absent; skipping");
        return null;
    }
}
