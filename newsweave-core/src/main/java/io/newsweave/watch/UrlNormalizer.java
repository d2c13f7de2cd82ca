package io.newsweave.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises article and source URLs so that one article has one key: scheme and host in lower
 * case, default ports dropped, dot segments resolved, an empty path made {@code /}, the fragment
 * dropped, and tracking parameters removed ({@code utm_*}, {@code fbclid}, {@code gclid} and the
 * like; other parameters keep their order). Does not follow redirects, strip {@code www.} or
 * decide between http and https. Only http and https URLs are accepted. Stateless and thread-safe.
 */
public final class UrlNormalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl", "ocid", "cmpid", "icid", "ito", "ns_mchannel",
            "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign", "xtor", "s_cid",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "spm");

    private UrlNormalizer() {
    }

    /** The normal form of {@code url}; an {@link IllegalArgumentException} saying why when it is not an http(s) URL. */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getReason() + " at index " + e.getIndex(), e);
        }
        return normalize(uri);
    }

    /** The normal form of an absolute {@code uri}. */
    static String normalize(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("not an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = uri.normalize().getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** {@code href} resolved against {@code base} and normalised, or {@code null} when it is no http(s) URL. */
    public static String resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(new URI(href.strip().replace(" ", "%20")));
            return normalize(resolved);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            if (!kept.isEmpty()) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return kept.toString();
    }
}
