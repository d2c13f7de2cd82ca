package io.newsweave.flink;

import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import io.newsweave.pipeline.IngestListener;
import io.newsweave.pipeline.Outcome;
import io.newsweave.pipeline.Placement;
import io.newsweave.pipeline.Progress;
import io.newsweave.pipeline.Recipe;
import io.newsweave.placement.PlacementJson;
import io.newsweave.placement.PlacementRecord;
import io.newsweave.store.Store;
import io.newsweave.store.StoredArticle;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ordered half of the recipe as a keyed operator: each placement partition (a key, see
 * {@link PartitionScheme}) is one ordered stream placed by the core's own {@link Placement}, and
 * every decision leaves as a {@link PlacementRecord} (placed, merged, duplicate) in its JSON form.
 *
 * <p>State: the Flink keyed state of a partition is the log of the outcomes it placed, in order
 * ({@code ListState<byte[]>}, checkpointed with the job, in RocksDB when the job is configured
 * so). The placement's working state — the candidate index, entity registry, spans and profiles
 * of its embedded store — is a cache of that log, in a scratch directory of the task: built on the
 * partition's first record after a (re)start by placing its log again, silently, then kept up to
 * date. Placing is deterministic in the order of the log, so a restart from a checkpoint rebuilds
 * exactly the state that the checkpoint's placements were decided with; the placements emitted
 * after the checkpoint were in an aborted Kafka transaction and are decided again.
 *
 * <p>Not thread-safe, as Flink uses it: one instance per subtask, one thread. Counts its thread CPU
 * time in the accumulators {@value #CPU}, {@value #RECORDS} and {@value #REPLAYED}.
 */
final class PlaceFunction extends KeyedProcessFunction<String, Analysed, String> {

    static final String CPU = "placement-cpu-ns";
    static final String RECORDS = "placement-articles";
    static final String REPLAYED = "placement-replayed";
    /** Bytes added to the placement logs (the keyed state), over the subtasks. */
    static final String LOG_BYTES = "placement-log-bytes";
    /** Wall-clock millisecond of the last article placed (the latest over the subtasks). */
    static final String LAST = "placement-last-ms";

    private final Recipe recipe;
    private final String scratch;
    private transient Recipe.Stages stages;
    private transient ListState<byte[]> log;
    private transient Map<String, Partition> partitions;
    private transient LongCounter cpu;
    private transient LongCounter articles;
    private transient LongCounter replayed;
    private transient LongCounter logBytes;
    private transient LongMaximum last;

    /** {@code scratch}: where the partitions' embedded stores go (null: the JVM's temporary directory). */
    PlaceFunction(Recipe recipe, String scratch) {
        this.recipe = recipe;
        this.scratch = scratch;
    }

    @Override
    public void open(OpenContext context) {
        stages = recipe.open();
        log = getRuntimeContext().getListState(new ListStateDescriptor<>("placed-outcomes",
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        partitions = new HashMap<>();
        cpu = getRuntimeContext().getLongCounter(CPU);
        articles = getRuntimeContext().getLongCounter(RECORDS);
        replayed = getRuntimeContext().getLongCounter(REPLAYED);
        logBytes = getRuntimeContext().getLongCounter(LOG_BYTES);
        last = new LongMaximum();
        getRuntimeContext().addAccumulator(LAST, last);
    }

    @Override
    public void processElement(Analysed analysed, Context ctx, Collector<String> out) throws Exception {
        long start = ThreadCpu.now();
        String key = ctx.getCurrentKey();
        Partition partition = partitions.get(key);
        if (partition == null) {
            partition = new Partition(key);
            partitions.put(key, partition);
            for (byte[] placed : log.get()) { // the key's log, as of the checkpoint restored (empty on a fresh start)
                partition.placement.accept(Outcomes.fromBytes(placed));
                replayed.add(1);
            }
        }
        partition.emitting(out);
        try {
            partition.placement.accept(Outcomes.fromBytes(analysed.outcome));
        } finally {
            partition.emitting(null);
        }
        log.add(analysed.outcome);
        logBytes.add(analysed.outcome.length);
        articles.add(1);
        cpu.add(ThreadCpu.now() - start);
        last.add(System.currentTimeMillis());
    }

    @Override
    public void close() throws Exception {
        if (partitions != null) {
            for (Partition p : partitions.values()) {
                p.close();
            }
            partitions.clear();
        }
        if (stages != null) {
            stages.close();
        }
    }

    /** One placement partition on this subtask: its embedded store, registry and placement, and where decisions go. */
    private final class Partition implements IngestListener {

        private final String key;
        private final Path dir;
        private final Store store;
        private final Placement placement;
        private Collector<String> out;

        Partition(String key) throws IOException {
            this.key = key;
            Path base = scratch == null ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(scratch);
            Files.createDirectories(base);
            this.dir = Files.createTempDirectory(base, "newsweave-placement-");
            this.store = Store.open(dir);
            this.placement = stages.placement(store, new EntityRegistry(), this, new Progress());
        }

        /** Where decisions go from now on: {@code null} while the log is placed again. */
        void emitting(Collector<String> collector) {
            this.out = collector;
        }

        @Override
        public void placed(StoredArticle article) {
            emit(new PlacementRecord.Placed(key, article.article(), article.story(), article.event(), article.keys()));
        }

        @Override
        public void merged(String from, String into) {
            emit(new PlacementRecord.Merged(key, from, into));
        }

        @Override
        public void duplicate(Origin origin, String articleId) {
            emit(new PlacementRecord.Duplicate(key, origin, articleId));
        }

        @Override
        public void rejected(Rejection rejection) {
            emit(new PlacementRecord.Rejected(key, rejection));
        }

        private void emit(PlacementRecord record) {
            if (out != null) {
                out.collect(PlacementJson.write(record));
            }
        }

        void close() throws IOException {
            store.close();
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
