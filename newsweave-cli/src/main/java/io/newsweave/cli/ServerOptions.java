package io.newsweave.cli;

import io.newsweave.server.ServerConfig;
import picocli.CommandLine.Option;

/** The web server options shared by {@code serve} and {@code demo}. */
final class ServerOptions {

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).",
            defaultValue = "7070")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: ${DEFAULT-VALUE}, loopback only).",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--token", paramLabel = "T", description = "Write token that POST /api/articles requires "
            + "(default: $NEWSWEAVE_TOKEN; none: read-only).")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).",
            defaultValue = "8388608")
    long maxBody;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public address that feed links are built from, "
            + "e.g. https://news.example.org/newsweave (default: http://HOST:PORT; never the request's Host header).")
    String baseUrl;

    ServerConfig config() {
        String t = token != null ? token : System.getenv("NEWSWEAVE_TOKEN");
        return ServerConfig.defaults().withHost(host).withPort(port).withToken(t == null || t.isBlank() ? null : t)
                .withMaxBodyBytes(maxBody).withBaseUrl(baseUrl);
    }
}
