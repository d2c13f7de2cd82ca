package io.newsweave.cli;

import io.newsweave.export.Exporter;
import io.newsweave.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
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
        try (Store store = data.open()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                Exporter.write(store, format, language, out);
                out.flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    Exporter.write(store, format, language, out);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return 0;
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
