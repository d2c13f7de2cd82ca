package io.newsweave.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsweave} command. Exit codes: 0 success, 1 when some inputs were rejected (the
 * others still ingested) or a runtime failure, 2 on usage errors and when another process is
 * writing to the data directory.
 */
@Command(name = "newsweave", mixinStandardHelpOptions = true, version = "newsweave 0.1.0",
        description = "Turns a stream of news articles, in many languages, into stories.",
        subcommands = {IngestCommand.class, StoriesCommand.class, StoryCommand.class, EntitiesCommand.class, ExportCommand.class,
                ServeCommand.class, WatchCommand.class, DemoCommand.class})
public final class Main {

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of a failure (also NEWSWEAVE_DEBUG=1).")
    boolean debug;

    /** Held so that the level sticks: Lucene logs advice about JVM flags that users need not act on. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; for tests. */
    public static int run(String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        CommandLine commandLine = new CommandLine(new Main());
        boolean debug = "1".equals(System.getenv("NEWSWEAVE_DEBUG")) || java.util.Arrays.asList(args).contains("--debug");
        Logging.install(debug);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsweave: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (debug) {
                e.printStackTrace(cmd.getErr());
            } else if (e.getMessage() == null || e instanceof RuntimeException) {
                cmd.getErr().println("newsweave: run with --debug (or NEWSWEAVE_DEBUG=1) for the stack trace");
            }
            return e instanceof DataOption.InUse ? 2 : 1;
        });
        return commandLine.execute(args);
    }
}
