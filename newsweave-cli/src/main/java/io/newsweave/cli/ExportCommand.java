package io.newsweave.cli;

import io.newsweave.export.Exporter;
import io.newsweave.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsweave export [--data DIR] --format json|jsonl [--output FILE]}. */
@Command(name = "export", description = "Write every article and story as JSON (one document) or JSON Lines.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--format", required = true, paramLabel = "json|jsonl", description = "json or jsonl.",
            converter = FormatConverter.class)
    Exporter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Preferred language (ISO 639-1) of timeline and summary sentences when a source offers one.")
    String language;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.openReadOnly()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                Exporter.write(store, format, language, out);
                out.flush();
            } else {
                writeReplacing(output, out -> Exporter.write(store, format, language, out));
            }
            return 0;
        }
    }

    /** Writes one export. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} whole or not at all: into {@code .NAME.PID.tmp} beside it, then moved
     * over it. The temporary file is deleted when the write fails or the process is stopped
     * (Ctrl-C, kill); one left by a killed ({@code kill -9}) export is deleted by the next export
     * to the same file.
     */
    static void writeReplacing(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        deleteStale(dir, name);
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + ".tmp");
        Thread cleanup = new Thread(() -> deleteQuietly(tmp), "newsweave-export-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(tmp);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** Deletes temporary files of earlier exports to {@code name} whose process is gone. */
    private static void deleteStale(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith(prefix) && f.endsWith(".tmp")) {
                    String pid = f.substring(prefix.length(), f.length() - 4);
                    if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty() && pid.length() < 19
                            && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                        deleteQuietly(p);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a later export removes it
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Exporter.Format> {
        @Override
        public Exporter.Format convert(String value) {
            return switch (value) {
                case "json" -> Exporter.Format.JSON;
                case "jsonl" -> Exporter.Format.JSONL;
                default -> throw new picocli.CommandLine.TypeConversionException("expected json or jsonl, got '" + value + "'");
            };
        }
    }
}
