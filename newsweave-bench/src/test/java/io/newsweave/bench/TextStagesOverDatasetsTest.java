package io.newsweave.bench;

import io.newsweave.clean.CleanDocument;
import io.newsweave.clean.Cleaner;
import io.newsweave.cluster.ArticleFeatures;
import io.newsweave.cluster.IdentityKeys;
import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.LocalEntity;
import io.newsweave.ingest.DocumentSink;
import io.newsweave.ingest.IngestConfig;
import io.newsweave.ingest.Inputs;
import io.newsweave.language.DetectedLanguage;
import io.newsweave.language.LanguageConfig;
import io.newsweave.language.LanguageIdentifier;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import io.newsweave.model.Timex;
import io.newsweave.quote.QuoteFinder;
import io.newsweave.story.timeline.Summarizer;
import io.newsweave.story.timeline.TimelineBuilder;
import io.newsweave.story.timeline.TimelineEntry;
import io.newsweave.text.Sentence;
import io.newsweave.text.SentenceSplitter;
import io.newsweave.text.TextMemo;
import io.newsweave.text.WordRuns;
import io.newsweave.time.DeclaredDates;
import io.newsweave.time.PublicationDater;
import io.newsweave.time.TimexResolver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every text stage over every article text of the labelled data sets ({@link DatasetArticles}),
 * read as {@code newsweave ingest} reads them: cleaning, language detection, entity recognition
 * and resolution, time expressions (against the declared date, or dating an undated text),
 * clustering features, quote finding, lineage features (text sketch and anchors, read back), sentence splitting, and the per-article read steps of a
 * story (timeline sentences, summary). Each stage is called directly, so that no failure is
 * turned into a rejection or a left-out part; the test fails listing each stage that threw, with
 * the inputs it threw on. Skips when the data sets are absent.
 */
class TextStagesOverDatasetsTest {

    static final List<String> DATASETS = DatasetArticles.NAMES;

    /** Loaded once: the language models and gazetteers are the expensive part. */
    private static final Cleaner CLEANER = Cleaner.standard();
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier(LanguageConfig.defaults());
    private static final EntityRecognizer ENTITIES = new EntityRecognizer();
    private static final PublicationDater DATER = new PublicationDater();
    private static final ArticleFeatures FEATURES = new ArticleFeatures();
    private static final QuoteFinder QUOTES = new QuoteFinder();
    private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();
    private static final TimelineBuilder TIMELINES = new TimelineBuilder(TimelineBuilder.Config.defaults(), SPLITTER);
    private static final Summarizer SUMMARIZER = new Summarizer(SPLITTER);

    @TempDir
    Path dir;

    /** Stage → the inputs it threw on, with the exception. */
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private RawDocument current;

    @ParameterizedTest(name = "{0}")
    @FieldSource("DATASETS")
    void everyStageTakesEveryText(String name) throws Exception {
        Path root = DatasetArticles.locate();
        assumeTrue(root != null, "../shared/datasets absent; skipping");
        DatasetArticles.Dataset dataset = DatasetArticles.read(root, name);
        Path inputs = dataset.write(dir);
        List<RawDocument> documents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        new Inputs(IngestConfig.defaults()).read(inputs.toString(), new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                documents.add(document);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        assertThat(rejections).as("inputs the readers rejected").extracting(r -> r.origin() + ": " + r.message()).isEmpty();
        assertThat(documents).as("one document per text").hasSize(dataset.size());

        long t0 = System.nanoTime();
        EntityRegistry registry = new EntityRegistry();
        int empty = 0;
        int n = 0;
        for (RawDocument raw : documents) {
            current = raw;
            CleanDocument clean = stage("clean", () -> CLEANER.clean(raw));
            if (clean == null || clean.paragraphs().isEmpty()) {
                empty += clean == null ? 0 : 1;
                continue;
            }
            String title = clean.title();
            String body = clean.body();
            DetectedLanguage language = stage("language", () -> LANGUAGES.identify(title, body, clean.declaredLanguage()));
            String code = language == null ? "und" : language.code();
            WordRuns runs = stage("words", () -> wellFormed(WordRuns.of(body)));
            WordRuns words = runs == null ? WordRuns.of("") : runs;
            List<LocalEntity> local = stage("entities", () -> ENTITIES.recognize(words, code));
            List<Mention> mentions = local == null ? List.of() : stage("entity registry", () -> registry.resolve(code, local));
            LocalDate declared = clean.declaredPublished() == null ? null : DeclaredDates.parse(clean.declaredPublished()).orElse(null);
            Published published;
            List<Timex> timexes;
            if (declared != null) {
                published = new Published(declared, clean.publishedProvenance() == Provenance.NONE ? Provenance.METADATA
                        : clean.publishedProvenance(), 1.0);
                timexes = stage("time expressions", () -> TimexResolver.resolve(words, declared, code));
            } else {
                PublicationDater.Dating dating = stage("dating", () -> DATER.date(words, clean.dropped(), null, code));
                published = dating == null ? Published.UNKNOWN : dating.published();
                timexes = dating == null ? null : dating.timexes();
            }
            List<Timex> times = timexes == null ? List.of() : timexes;
            List<String> keys = stage("features", () -> FEATURES.of(title, words, code));
            if (keys != null) {
                stage("features", () -> IdentityKeys.complete(keys, times, mentions == null ? List.of() : mentions));
            }
            Article article = new Article("a" + n++, raw.origin(), clean.url(), clean.source(), title, body, code,
                    language == null ? 0 : language.confidence(), published, mentions == null ? List.of() : mentions, times);
            stage("quotes", () -> QUOTES.find(article));
            stage("lineage", () -> {
                io.newsweave.lineage.TextSketch sketch = io.newsweave.lineage.TextSketch.of(body);
                io.newsweave.lineage.LineageFeatures features = io.newsweave.lineage.LineageFeatures.of(article, sketch);
                byte[] encoded = features.encode();
                io.newsweave.lineage.LineageFeatures decoded = io.newsweave.lineage.LineageFeatures.decode(encoded, 0, encoded.length);
                if (decoded == null || !decoded.sketch().equals(sketch) || !java.util.Arrays.equals(decoded.anchors(), features.anchors())
                        || sketch.comparable() && Math.abs(sketch.containedIn(sketch) - 1) > 1e-9
                        || features.anchors().length > io.newsweave.lineage.Anchors.MAX) {
                    throw new IllegalStateException("lineage features do not read back, or a text is not its own copy");
                }
                return decoded;
            });
            stage("sentences", () -> SPLITTER.split(body, code));
            stage("sentences once", () -> {
                TextMemo memo = new TextMemo(SPLITTER);
                List<Sentence> first = memo.split(body, code);
                if (!first.equals(SPLITTER.split(body, code)) || memo.split(body, code) != first) {
                    throw new IllegalStateException("the memo's sentences are not the splitter's, or were split twice");
                }
                return first;
            });
            List<TimelineEntry> timeline = stage("timeline", () -> TIMELINES.build(List.of(article), code));
            if (timeline != null) {
                stage("summary", () -> SUMMARIZER.summarize(List.of(article), timeline, code));
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d texts through every stage in %.1f s; %d with no text left after cleaning%n",
                name, documents.size(), (System.nanoTime() - t0) / 1e9, empty);
        assertThat(failures).as("stages that threw, with the inputs").isEmpty();
    }

    /** {@code runs}, after checking that they cover exactly the letters and digits of their text, in order. */
    private static WordRuns wellFormed(WordRuns runs) {
        String text = runs.text();
        int covered = 0;
        for (int i = 0; i < runs.size(); i++) {
            if (runs.start(i) >= runs.end(i) || i > 0 && runs.start(i) <= runs.end(i - 1)) {
                throw new IllegalStateException("run " + i + " is empty or overlaps the one before");
            }
            for (int k = covered; k < runs.end(i); k++) {
                if (WordRuns.isRunChar(text.charAt(k)) != k >= runs.start(i)) {
                    throw new IllegalStateException("char " + k + " is on the wrong side of run " + i);
                }
            }
            covered = runs.end(i);
        }
        for (int k = covered; k < text.length(); k++) {
            if (WordRuns.isRunChar(text.charAt(k))) {
                throw new IllegalStateException("char " + k + " is a letter or digit after the last run");
            }
        }
        return runs;
    }

    /** The stage's result, or {@code null} after noting that it threw on the current input. */
    private <T> T stage(String stage, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            List<String> seen = failures.computeIfAbsent(stage, k -> new ArrayList<>());
            if (seen.isEmpty()) {
                e.printStackTrace();
            }
            if (seen.size() < 10) {
                seen.add(current.origin() + ": " + e);
            } else if (seen.size() == 10) {
                seen.add("...");
            }
            return null;
        }
    }
}
