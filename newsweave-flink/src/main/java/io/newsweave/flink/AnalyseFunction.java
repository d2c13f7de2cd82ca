package io.newsweave.flink;

import io.newsweave.ingest.DocumentSink;
import io.newsweave.ingest.Inputs;
import io.newsweave.model.Origin;
import io.newsweave.model.RawDocument;
import io.newsweave.model.Rejection;
import io.newsweave.pipeline.Outcome;
import io.newsweave.pipeline.Recipe;
import io.newsweave.placement.PlacementJson;
import io.newsweave.placement.PlacementRecord;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The order-free half of the recipe as a parallel operator: reads each Kafka record as JSON
 * Lines ({@link Inputs}, as {@code newsweave ingest} reads a {@code .jsonl} file), runs the core's
 * {@link io.newsweave.pipeline.Analysis} on each document and emits the fresh outcomes with their
 * placement partition. A record that is not an article (bad JSON, no text, ...) never stops the
 * job: it leaves by {@link #REJECTED} as a {@link PlacementRecord.Rejected} naming the record
 * ({@code kafka:topic/partition@offset#line}) and the reason. Stateless: the analysis keeps
 * nothing between records, so this operator scales with its parallelism and restarts for free.
 * Counts its thread CPU time in the accumulators {@value #CPU} and {@value #RECORDS}.
 */
final class AnalyseFunction extends ProcessFunction<KafkaArticle, Analysed> {

    /** Rejections, as placement records in their JSON form. */
    static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {
    };
    static final String CPU = "analysis-cpu-ns";
    /** Wall-clock millisecond of the first record analysed (the earliest over the subtasks). */
    static final String FIRST = "analysis-first-ms";
    /** Inputs read: documents analysed and records rejected. */
    static final String RECORDS = "analysis-inputs";

    private final Recipe recipe;
    private final PartitionScheme scheme;
    private transient Recipe.Stages stages;
    private transient Inputs inputs;
    private transient LongCounter cpu;
    private transient LongCounter documents;
    private transient LongMinimum first;

    AnalyseFunction(Recipe recipe, PartitionScheme scheme) {
        this.recipe = recipe;
        this.scheme = scheme;
    }

    @Override
    public void open(OpenContext context) {
        stages = recipe.open();
        inputs = new Inputs(recipe.config().ingest());
        cpu = getRuntimeContext().getLongCounter(CPU);
        documents = getRuntimeContext().getLongCounter(RECORDS);
        first = new LongMinimum();
        getRuntimeContext().addAccumulator(FIRST, first);
    }

    @Override
    public void processElement(KafkaArticle record, Context ctx, Collector<Analysed> out) {
        long start = ThreadCpu.now();
        if (first.getLocalValuePrimitive() == Long.MAX_VALUE) {
            first.add(System.currentTimeMillis());
        }
        for (Object read : read(record)) {
            documents.add(1);
            Outcome outcome = read instanceof RawDocument raw ? stages.analysis().analyze(raw, id -> false)
                    : new Outcome.Rejected((Rejection) read);
            switch (outcome) {
                case Outcome.Fresh fresh -> out.collect(new Analysed(scheme.of(fresh), fresh.raw().origin().toString(),
                        Outcomes.toBytes(fresh)));
                case Outcome.Rejected rejected -> ctx.output(REJECTED, PlacementJson.write(new PlacementRecord.Rejected("",
                        rejected.rejection())));
                case Outcome.Duplicate duplicate -> throw new IllegalStateException("the analysis knows no stored ids here: "
                        + duplicate.origin());
            }
        }
        cpu.add(ThreadCpu.now() - start);
    }

    /** The documents and rejections of one record, with origins naming the record. */
    private List<Object> read(KafkaArticle record) {
        List<Object> read = new ArrayList<>(1);
        String place = record.place();
        inputs.read(place + ".jsonl", new ByteArrayInputStream(record.value), new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                Origin origin = new Origin(place, document.origin().record());
                read.add(new RawDocument(origin, document.kind(), document.content(), document.declared(), document.decoding()));
            }

            @Override
            public void reject(Rejection rejection) {
                read.add(new Rejection(new Origin(place, Math.max(1, rejection.origin().record())), rejection.offset(),
                        rejection.reason(), rejection.sample()));
            }
        });
        if (read.isEmpty()) {
            read.add(new Rejection(new Origin(place, 1), -1, "empty record: no JSON Lines article in it", record.value));
        }
        return read;
    }

    @Override
    public void close() {
        if (stages != null) {
            stages.close();
        }
    }
}
