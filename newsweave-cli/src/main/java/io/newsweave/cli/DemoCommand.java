package io.newsweave.cli;

import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.IngestReport;
import io.newsweave.pipeline.Pipeline;
import io.newsweave.pipeline.PipelineConfig;
import io.newsweave.store.Store;
import io.newsweave.story.ReadModel;
import io.newsweave.story.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsweave demo}: ingests the small multilingual sample corpus shipped in the jar (plain
 * text, HTML, JSON Lines and RSS; invented articles written for newsweave), shows the stories, then
 * serves the web UI over the data directory until interrupted ({@code --no-serve}: stop after
 * printing).
 */
@Command(name = "demo", description = "Ingest the bundled multilingual sample corpus, show its stories and serve the web UI.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    ServerOptions server;

    @Option(names = "--no-serve", description = "Do not start the web server after ingesting.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        Path samples = extractSamples();
        System.err.println("newsweave demo: ingesting the sample corpus (" + samples + ") into " + data.data);
        Store store = data.open();
        int status;
        try (Pipeline pipeline = new Pipeline(PipelineConfig.defaults())) {
            IngestReport report = pipeline.ingest(store, List.of(samples.toString()), InputStream.nullInputStream(), IngestListener.NONE);
            ReadModel model = ReadModel.open(store);
            model.refresh();
            List<StoryView> stories = model.stories();
            Summary.print(report, stories.size(), store, System.err);
            System.out.println();
            StoriesCommand.print(stories, stories.size(), 20, System.out);
            System.out.println();
            System.out.println("Next: newsweave story <STORY> --data " + data.data + ", or newsweave export --format json --data " + data.data);
            status = report.rejected() > 0 ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        if (noServe) {
            store.close();
            return status;
        }
        System.out.println();
        ServeCommand.serve(store, server.config());
        return status;
    }

    static Path extractSamples() throws IOException {
        Path dir = Files.createTempDirectory("newsweave-demo");
        dir.toFile().deleteOnExit();
        List<String> names;
        try (InputStream index = resource("index.txt")) {
            names = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        for (String name : names) {
            try (InputStream in = resource(name)) {
                Path file = dir.resolve(name);
                Files.copy(in, file);
                file.toFile().deleteOnExit();
            }
        }
        return dir;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IOException("sample corpus file missing from the jar: demo/" + name);
        }
        return in;
    }
}
