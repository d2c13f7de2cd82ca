package io.newsweave.watch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One watched source as the sources file declares it. Immutable.
 *
 * @param url   the feed, sitemap or page URL (http or https), normalised
 * @param kind  the declared kind, or {@code null} to detect it on first fetch
 * @param name  the outlet name given to its articles, or {@code null} for the URL's host
 * @param lang  the language code given to its articles, or {@code null} to detect it
 * @param every a fixed polling interval, or {@code null} for an adaptive one
 */
public record Source(URI url, SourceKind kind, String name, String lang, Duration every) {

    public Source {
        Objects.requireNonNull(url, "url");
    }

    /** The outlet name: {@link #name()} or the URL's host. */
    public String outlet() {
        return name != null ? name : url.getHost();
    }

    /** The URL as text: the key of the source in state, health and the API. */
    public String key() {
        return url.toString();
    }

    /** This source as one sources-file line. */
    public String line() {
        StringBuilder line = new StringBuilder(url.toString());
        if (kind != null) {
            line.append(" kind=").append(kind.wire());
        }
        if (name != null) {
            line.append(" name=").append(name.chars().anyMatch(Character::isWhitespace) || name.contains("#") ? "\"" + name + "\"" : name);
        }
        if (lang != null) {
            line.append(" lang=").append(lang);
        }
        if (every != null) {
            line.append(" every=").append(SourcesFile.formatDuration(every));
        }
        return line.toString();
    }
}
