package io.newsweave.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchUrlNormalizerTest {

    @Test
    void schemeHostPortFragmentAndTrackingAreNormalised() {
        assertThat(UrlNormalizer.normalize("HTTPS://News.Example.COM:443/World/Story-1.html?utm_source=rss&id=7&fbclid=abc&UTM_Medium=x#comments"))
                .isEqualTo("https://news.example.com/World/Story-1.html?id=7");
        assertThat(UrlNormalizer.normalize("http://example.com:80")).isEqualTo("http://example.com/");
        assertThat(UrlNormalizer.normalize("http://example.com:8080/a/./b/../c")).isEqualTo("http://example.com:8080/a/c");
        assertThat(UrlNormalizer.normalize("https://example.com/a?b=1&utm_campaign=z")).isEqualTo("https://example.com/a?b=1");
        assertThat(UrlNormalizer.normalize("  https://example.com/a b  ")).isEqualTo("https://example.com/a%20b");
    }

    @Test
    void twoSpellingsOfOneArticleAreOneKey() {
        assertThat(UrlNormalizer.normalize("https://EXAMPLE.com/x?utm_source=feed1#top"))
                .isEqualTo(UrlNormalizer.normalize("https://example.com:443/x?gclid=1"));
    }

    @Test
    void relativeLinksResolveAgainstTheirPage() {
        URI base = URI.create("https://example.com/world/index.html");
        assertThat(UrlNormalizer.resolve(base, "../politics/talks-in-geneva-2021")).isEqualTo("https://example.com/politics/talks-in-geneva-2021");
        assertThat(UrlNormalizer.resolve(base, "//cdn.example.com/a")).isEqualTo("https://cdn.example.com/a");
        assertThat(UrlNormalizer.resolve(base, "mailto:x@y.z")).isNull();
        assertThat(UrlNormalizer.resolve(base, "javascript:void(0)")).isNull();
        assertThat(UrlNormalizer.resolve(base, "")).isNull();
    }

    @Test
    void emptyAndGarbledInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> UrlNormalizer.normalize("")).hasMessage("empty URL");
        assertThatThrownBy(() -> UrlNormalizer.normalize("ftp://example.com/")).hasMessage("not an http or https URL");
        assertThatThrownBy(() -> UrlNormalizer.normalize("http:///nohost")).hasMessage("no host");
        assertThatThrownBy(() -> UrlNormalizer.normalize("http://exa mple.com/<>")).isInstanceOf(IllegalArgumentException.class);
    }
}
