package io.newsweave.flink;

import io.newsweave.placement.PlacementRecord;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task fails mid-stream, after a checkpoint: Flink restarts the job from that checkpoint (the
 * placement partitions, their logs in RocksDB, place their logs again), and the placements topic,
 * read committed, holds every article exactly once.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FlinkFailureTest extends WithKafkaBroker {

    /** Records the failing operator saw, over every attempt; and at which count it failed (0: not yet). */
    static final AtomicInteger SEEN = new AtomicInteger();
    static final AtomicLong FAILED_AT = new AtomicLong();

    @Test
    void aTaskFailureAfterACheckpointLosesNoArticleAndDuplicatesNone() throws Exception {
        int n = 64;
        List<String> lines = Fixtures.articles(23, n);
        broker.createTopic("articles-f", 2);
        broker.createTopic("placements-f", 2);
        broker.produce("articles-f", lines);

        JobSettings settings = FlinkRuns.settings(broker, "articles-f", "placements-f", 2, PartitionScheme.LANGUAGE, 200)
                .withStateBackend(System.getProperty("newsweave.flink.state", "rocksdb"));
        if (!Boolean.getBoolean("newsweave.flink.file-checkpoints")) {
            settings = settings.withCheckpointDir(null); // a state of about 1 MB: the job manager keeps the checkpoints
        }
        JobFigures figures = FlinkRuns.run(settings, FlinkRuns.config(1), s -> s.map(new FailOnceAfterACheckpoint(4)).name("fail once"));

        assertThat(FAILED_AT.get()).as("the injected failure happened mid-stream").isBetween(5L, (long) n - 1);
        assertThat(SEEN.get()).as("records were read again after the restart").isGreaterThan(n);
        assertThat(figures.replayed()).as("the placement state restored from the checkpoint was placed again").isPositive();

        List<ConsumerRecord<String, String>> committed = broker.readCommitted("placements-f");
        List<String> placedIds = Fixtures.records(committed.stream().map(ConsumerRecord::value).toList()).stream()
                .filter(r -> r instanceof PlacementRecord.Placed).map(r -> ((PlacementRecord.Placed) r).article().id()).toList();
        assertThat(placedIds).as("placed articles in the committed placements").hasSize(n).doesNotHaveDuplicates();
        System.out.printf("failure test: failed after %d of %d records, %d records read in all, %d outcomes placed again "
                + "from the restored state, %d articles placed once each in %d committed records%n", FAILED_AT.get(), n,
                SEEN.get(), figures.replayed(), placedIds.size(), committed.size());
    }

    /**
     * Slows the stream (400 ms a record until a checkpoint completed, then 30 ms) and throws once: at the first record after a completed
     * checkpoint that covers at least {@code covered} records of this subtask (so that the state
     * restored holds placed articles, and records after it are lost to the failure).
     */
    static final class FailOnceAfterACheckpoint extends RichMapFunction<KafkaArticle, KafkaArticle>
            implements CheckpointListener, CheckpointedFunction {

        private final int covered;
        private transient int seen;
        private transient Map<Long, Integer> seenAtSnapshot;
        private transient volatile int coveredByACompletedCheckpoint;

        FailOnceAfterACheckpoint(int covered) {
            this.covered = covered;
        }

        @Override
        public KafkaArticle map(KafkaArticle value) throws Exception {
            // slow until a checkpoint completed: the job checkpoints only once every task runs, and opening the recipe takes seconds
            Thread.sleep(coveredByACompletedCheckpoint > 0 ? 30 : 400);
            seen++;
            int all = SEEN.incrementAndGet();
            if (coveredByACompletedCheckpoint >= covered && seen > coveredByACompletedCheckpoint && FAILED_AT.compareAndSet(0, all)) {
                throw new IllegalStateException("injected failure at " + value);
            }
            return value;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) {
            seenAtSnapshot.put(context.getCheckpointId(), seen);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) {
            seenAtSnapshot = new ConcurrentHashMap<>();
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            Integer at = seenAtSnapshot.get(checkpointId);
            if (at != null) {
                coveredByACompletedCheckpoint = Math.max(coveredByACompletedCheckpoint, at);
            }
        }
    }
}
