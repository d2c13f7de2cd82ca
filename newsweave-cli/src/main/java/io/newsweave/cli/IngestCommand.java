package io.newsweave.cli;

import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.cluster.embed.EncoderConfig;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsweave ingest [--data DIR] PATH...}. */
@Command(name = "ingest", description = "Read articles (text, HTML, JSON Lines, RSS/Atom, WARC, .gz, directories, - for stdin) into the store.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - for standard input.")
    List<String> paths;

    @Option(names = "--threads", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = "--list", description = "Print 'ingested<TAB>id<TAB>origin' for each article once it is durable.")
    boolean list;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
    boolean quiet;

    @Option(names = "--encoder-model", paramLabel = "FILE.onnx",
            description = "ONNX sentence encoder whose vectors join the clustering (off by default; e.g. a multilingual one). "
                    + "Needs newsweave-encoder.jar beside newsweave.jar (the ./newsweave launcher builds it).")
    Path encoderModel;

    @Option(names = "--encoder-tokenizer", paramLabel = "FILE.json",
            description = "Its HuggingFace tokenizer.json (default: tokenizer.json beside the model).")
    Path encoderTokenizer;

    @Option(names = "--encoder-languages", paramLabel = "CODES",
            description = "Languages the encoder understands, comma-separated (e.g. en for an English model); "
                    + "only articles in them are encoded (default: every language).")
    String encoderLanguages;

    @Override
    public Integer call() throws Exception {
        PipelineConfig defaults = PipelineConfig.defaults();
        PipelineConfig config = threads == null ? defaults
                : new PipelineConfig(defaults.ingest(), defaults.language(), defaults.grouping(), threads, defaults.syncEvery());
        java.util.Map<String, String> encoder = null;
        if (encoderModel != null) {
            java.util.Map<String, String> properties = new java.util.HashMap<>();
            properties.put(EncoderConfig.MODEL, encoderModel.toString());
            if (encoderTokenizer != null) {
                properties.put(EncoderConfig.TOKENIZER, encoderTokenizer.toString());
            }
            if (encoderLanguages != null) {
                properties.put(EncoderConfig.LANGUAGES, encoderLanguages);
            }
            encoder = properties;
        }
        Pipeline opened;
        try {
            opened = new Pipeline(encoder == null ? config : config.withEncoder(EncoderConfig.fromProperties(encoder)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("newsweave: " + e.getMessage());
            return 2;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (Pipeline pipeline = opened; Store store = data.open()) {
            ProgressLine progress = quiet ? null : ProgressLine.start(pipeline::progress, err);
            RejectionLines rejections = new RejectionLines(err);
            IngestReport report;
            try {
                report = pipeline.ingest(store, paths, System.in, new IngestListener() {
                    @Override
                    public void ingested(StoredArticle article) {
                        if (list) {
                            out.println("ingested\t" + article.article().id() + "\t" + TerminalText.escape(article.article().origin().toString()));
                        }
                    }

                    @Override
                    public void duplicate(Origin origin, String articleId) {
                        if (list) {
                            out.println("duplicate\t" + articleId + "\t" + TerminalText.escape(origin.toString()));
                        }
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        if (progress != null) {
                            progress.clear();
                        }
                        rejections.add(rejection);
                    }
                });
            } finally {
                if (progress != null) {
                    progress.stop();
                }
            }
            out.flush();
            rejections.summary();
            if (!quiet) {
                Summary.print(report, store.storyCount(), store, err);
            }
            return report.rejected() > 0 ? 1 : 0;
        }
    }
}
