package io.newsweave.quote;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

class ScratchDebugTest {
    @Test
    void dump() throws Exception {
        String spec = System.getProperty("scratch.ids", "");
        for (String lang : new String[] {"en", "fr", "de", "es", "it", "pt"}) {
            String all = Files.readString(Path.of("src/test/resources/quotes/articles-" + lang + ".txt")) + "\n### end x";
            String id = null;
            StringBuilder b = new StringBuilder();
            for (String line : all.split("\n")) {
                if (line.startsWith("### ")) {
                    if (id != null && (" " + spec + " ").contains(" " + id + " ")) {
                        Article a = new Articles().of(id, b.toString().strip(), lang, LocalDate.of(2026, 3, 2));
                        System.out.println("== " + id);
                        for (Mention m : a.mentions()) {
                            System.out.println("  M " + m.start() + " " + m.text() + " -> " + m.entity() + (m.description() ? " (desc)" : ""));
                        }
                        for (Quote q : new QuoteFinder().find(a)) {
                            System.out.println("  Q " + q);
                        }
                    }
                    id = line.split(" ")[1];
                    b.setLength(0);
                } else {
                    b.append(line).append('\n');
                }
            }
        }
    }
}
