package io.newsweave.pipeline;

import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.RegistrySnapshot;
import io.newsweave.ingest.DocumentSink;
import io.newsweave.ingest.Inputs;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import io.newsweave.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The local runner of the ingest {@link Recipe}: read ({@code Inputs}) → {@link Analysis} (clean, language,
 * entities, declared dates, text keys; parallel) → {@link Placement} (dating in order, identity, grouping, store;
 * ordered), for a list of inputs.
 * Analysis runs on {@link PipelineConfig#threads()} threads; placing and storing run on one thread
 * in arrival order, so results do not depend on thread timing. Bad input is quarantined and the
 * stream goes on. Models load once per pipeline; one ingest at a time per pipeline.
 */
public final class Pipeline implements AutoCloseable {

    private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

    private final PipelineConfig config;
    private final Recipe.Stages stages;
    private final StageTimes times;
    private final ExecutorService workers;
    private final ExecutorService storer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsweave-store");
        t.setDaemon(true);
        return t;
    });
    private volatile Progress progress = new Progress();
    private EntityRegistry registry;
    private Store registryStore;
    private long registryArticles;
    /** Articles stored past the snapshot after which the next ingest saves a new one. */
    private static final long SNAPSHOT_EVERY = 50_000;
    private final java.util.concurrent.atomic.LongAdder blockedNanos = new java.util.concurrent.atomic.LongAdder();

    public Pipeline(PipelineConfig config) {
        this(new Recipe(config));
    }

    /** Runs {@code recipe}: opens its stages (loads the models) now. */
    public Pipeline(Recipe recipe) {
        this.config = recipe.config();
        this.stages = recipe.open();
        this.times = stages.times();
        // a fork-join pool: the parallel streams Lingua runs inside a task stay on this pool's threads instead of
        // adding the JDK's common pool (extra threads on a busy machine cost throughput, see docs/BENCHMARKS.md)
        this.workers = new java.util.concurrent.ForkJoinPool(config.threads(), pool -> {
            var t = java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("newsweave-analysis-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** Live counters of the running ingest, for progress lines. */
    public Progress progress() {
        return progress;
    }

    /** Ingests every path ({@code -} is {@code stdin}) into {@code store}; returns when all is durable. */
    public IngestReport ingest(Store store, List<String> paths, InputStream stdin, IngestListener listener)
            throws IOException {
        return ingest(store, paths, Inputs.STDIN, stdin, listener);
    }

    /**
     * Ingests one stream, named {@code name} in origins and quarantine entries (its extension is a
     * format hint: {@code api/17.jsonl}); does not close {@code in}.
     */
    public IngestReport ingest(Store store, String name, InputStream in, IngestListener listener) throws IOException {
        return ingest(store, List.of(Inputs.STDIN), name, in, listener);
    }

    private synchronized IngestReport ingest(Store store, List<String> paths, String stdinName, InputStream stdin,
                                             IngestListener listener) throws IOException {
        long start = System.nanoTime();
        Progress progress = new Progress();
        this.progress = progress;
        times.reset();
        BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(Math.max(64, config.threads() * 32));
        Placement placement = stages.placement(store, registry(store), listener, progress);
        CompletableFuture<Void> storing = CompletableFuture.runAsync(() -> drain(queue, placement, times), storer);
        Inputs inputs = new Inputs(config.ingest().withDataDirectory(store.dir()));
        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                progress.read.increment();
                put(queue, workers.submit(() -> stages.analysis().analyze(document, store::contains)), storing);
            }

            @Override
            public void reject(Rejection rejection) {
                progress.read.increment();
                put(queue, CompletableFuture.completedFuture(new Outcome.Rejected(rejection)), storing);
            }
        };
        long readStart = System.nanoTime();
        long readCpuStart = StageTimes.threadCpuNanos();
        try {
            for (String path : paths) {
                if (path.equals(Inputs.STDIN)) {
                    inputs.read(stdinName, stdin, sink);
                } else {
                    inputs.read(path, sink);
                }
            }
        } catch (StoringStopped stopped) {
            // the storing thread failed; its exception is rethrown below
        } finally {
            try {
                put(queue, END, storing);
            } catch (StoringStopped stopped) {
                // idem
            }
            times.add(Stage.READ, System.nanoTime() - readStart - blockedNanos.sumThenReset(),
                    StageTimes.threadCpuNanos() - readCpuStart);
            try {
                storing.join();
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }
        return new IngestReport(progress.read.sum(), progress.ingested.sum(), progress.duplicates.sum(), progress.rejected.sum(),
                times.snapshot(), Duration.ofNanos(System.nanoTime() - start), times.cpuSnapshot(), times.orderedBusy(),
                times.orderedCpu());
    }

    /**
     * The entity registry of {@code store}: when the store is new to this pipeline, or has grown by
     * {@link #SNAPSHOT_EVERY} articles since, its snapshot plus a replay of the journal past it
     * (everything when there is no usable snapshot), saved again as the new snapshot. Snapshot
     * plus tail replays to the same registry as the whole journal, so a restart, a crash at any
     * point and a lost snapshot all give the same registry for the same journal.
     */
    private EntityRegistry registry(Store store) throws IOException {
        if (registryStore != store || store.size() - registryArticles >= SNAPSHOT_EVERY) {
            StageTimes.Lap lap = times.lap();
            RegistrySnapshot.Loaded loaded = RegistrySnapshot.open(store.dir(), store.size(),
                    (from, each) -> store.forEachFrom(from, stored -> each.visit(stored.article())));
            registry = loaded.registry();
            registryStore = store;
            registryArticles = loaded.articles();
            lap.end(Stage.ENTITY);
        }
        return registry;
    }

    /**
     * The ordered step's loop: takes each outcome in arrival order and places it; counts the time
     * it is busy placing (not waiting for the next outcome) into {@code times}.
     */
    private static void drain(BlockingQueue<Future<Outcome>> queue, Placement placement, StageTimes times) {
        try {
            while (true) {
                Future<Outcome> next = queue.take();
                if (next == END) {
                    break;
                }
                Outcome outcome = next.get();
                busy(times, () -> placement.accept(outcome));
            }
            busy(times, placement::finish);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }

    private interface OrderedWork {
        void run() throws IOException;
    }

    /** Runs {@code work} on the ordered thread, counting its wall and CPU time as the ordered step's busy time. */
    private static void busy(StageTimes times, OrderedWork work) throws IOException {
        long wall = System.nanoTime();
        long cpu = StageTimes.threadCpuNanos();
        try {
            work.run();
        } finally {
            times.addOrdered(System.nanoTime() - wall, StageTimes.threadCpuNanos() - cpu);
        }
    }

    /** Thrown on the reading thread when the storing thread has stopped, to stop reading. */
    private static final class StoringStopped extends RuntimeException {
        StoringStopped() {
            super("storing stopped", null, false, false);
        }
    }

    private void put(BlockingQueue<Future<Outcome>> queue, Future<Outcome> item, CompletableFuture<Void> storing) {
        long t0 = System.nanoTime();
        try {
            while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (storing.isDone()) {
                    throw new StoringStopped();
                }
            }
            blockedNanos.add(System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    public StageTimes times() {
        return times;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        storer.shutdownNow();
        stages.close();
    }
}
