package io.newsweave.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchSourcesFileTest {

    @Test
    void goldenFileReadsEveryOptionAndSkipsComments() {
        List<Source> sources = SourcesFile.parse("s.txt", """
                # news
                https://Example.ORG:443/feed.xml kind=rss name="Le Monde" lang=fr every=15m   # main feed

                http://example.com/sitemap.xml?utm_source=x kind=news-sitemap
                https://example.net/world/
                """);
        assertThat(sources).hasSize(3);
        Source first = sources.get(0);
        assertThat(first.key()).isEqualTo("https://example.org/feed.xml");
        assertThat(first.kind()).isEqualTo(SourceKind.RSS);
        assertThat(first.name()).isEqualTo("Le Monde");
        assertThat(first.lang()).isEqualTo("fr");
        assertThat(first.every()).isEqualTo(Duration.ofMinutes(15));
        assertThat(sources.get(1).key()).isEqualTo("http://example.com/sitemap.xml");
        assertThat(sources.get(1).kind()).isEqualTo(SourceKind.NEWS_SITEMAP);
        assertThat(sources.get(2).kind()).isNull();
        assertThat(sources.get(2).outlet()).isEqualTo("example.net");
    }

    @Test
    void emptyFileHasNoSources() {
        assertThat(SourcesFile.parse("e.txt", "")).isEmpty();
        assertThat(SourcesFile.parse("e.txt", "# only a comment\n\n   \n")).isEmpty();
    }

    @Test
    void errorsNameTheLineAndTheReason() {
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f\nftp://b.org/x\n"))
                .hasMessageStartingWith("s.txt:2: not an http(s) URL: ftp://b.org/x");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f kind=json"))
                .hasMessage("s.txt:1: unknown kind json (rss, atom, sitemap, news-sitemap or page)");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f every=10x"))
                .hasMessageContaining("s.txt:1: every must be");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f every=30s"))
                .hasMessageContaining("at least 1m");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f colour=red"))
                .hasMessageContaining("s.txt:1: unknown option colour");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f lang=French"))
                .hasMessageContaining("lang must be");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f name=\"open"))
                .hasMessage("s.txt:1: unclosed quote");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f\nhttps://A.org/f#x\n"))
                .hasMessage("s.txt:2: source https://a.org/f is listed twice");
        assertThatThrownBy(() -> SourcesFile.parse("s.txt", "https://a.org/f stray"))
                .hasMessageContaining("expected key=value");
    }

    @Test
    void garbledBytesAreRejectedNotThrownAsSomethingElse() {
        assertThatThrownBy(() -> SourcesFile.parse("g.txt", "\u0000\u00ff<<>>{}"))
                .isInstanceOf(SourcesFile.Invalid.class).hasMessageStartingWith("g.txt:1:");
    }

    @Test
    void addAndRemoveRewriteTheFileKeepingComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sources.txt");
        Files.writeString(file, "# keep me\nhttps://a.org/feed kind=rss\n");
        SourcesFile.add(file, new Source(java.net.URI.create("https://b.org/feed"), SourceKind.ATOM, "B News", null, null));
        assertThat(Files.readString(file)).isEqualTo("# keep me\nhttps://a.org/feed kind=rss\nhttps://b.org/feed kind=atom name=\"B News\"\n");
        assertThat(SourcesFile.read(file)).extracting(Source::name).containsExactly(null, "B News");
        assertThatThrownBy(() -> SourcesFile.add(file, new Source(java.net.URI.create("https://a.org/feed"), null, null, null, null)))
                .hasMessageContaining("already in");
        assertThat(SourcesFile.remove(file, "https://A.org/feed?utm_medium=x")).isTrue();
        assertThat(SourcesFile.remove(file, "https://nowhere.org/")).isFalse();
        assertThat(Files.readString(file)).isEqualTo("# keep me\nhttps://b.org/feed kind=atom name=\"B News\"\n");
    }
}
