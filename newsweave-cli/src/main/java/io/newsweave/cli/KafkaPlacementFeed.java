package io.newsweave.cli;

import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;
import io.newsweave.placement.PlacementJson;
import io.newsweave.placement.StorePlacements;
import io.newsweave.store.Store;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Keeps a store up to date from the Flink job's placements topic ({@code serve --from-kafka}):
 * reads every partition of the topic, committed records only ({@code read_committed}), and
 * takes each record into the store ({@link StorePlacements}); a record that is not a placement
 * record is quarantined with its place ({@code kafka:topic/partition#offset+1}) and the reader goes
 * on. Where it is in each partition is kept in the data directory ({@value #OFFSETS}), written
 * after each store sync, so the store and its position move together: deleting the data directory
 * reads the topic again from its start, and a crash re-reads at most the records since the last
 * sync, which the store takes in again without change. One thread; {@link #close} stops it.
 */
final class KafkaPlacementFeed implements AutoCloseable {

    static final String OFFSETS = "kafka-placements.offsets";
    private static final Duration POLL = Duration.ofMillis(500);

    private final Store store;
    private final Consumer<String, String> consumer;
    private final String topic;
    private final PrintStream err;
    private final StorePlacements applier;
    private final Map<Integer, Long> next = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long applied;

    KafkaPlacementFeed(Store store, Consumer<String, String> consumer, String topic, PrintStream err) throws IOException {
        this.store = store;
        this.consumer = consumer;
        this.topic = topic;
        this.err = err;
        this.applier = new StorePlacements(store);
        readOffsets();
        this.thread = new Thread(this::run, "newsweave-from-kafka");
        this.thread.setDaemon(true);
    }

    /** A consumer of {@code bootstrap}'s committed records, with no group (positions are the store's). */
    static Consumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsweave-serve");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /** Starts reading on its own thread. */
    KafkaPlacementFeed start() {
        thread.start();
        return this;
    }

    /** Records taken into the store (or quarantined) so far. */
    long applied() {
        return applied;
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            if (partitions.isEmpty()) {
                err.println("newsweave: topic " + topic + " has no partitions (does it exist?); not reading it");
                return;
            }
            consumer.assign(partitions);
            for (TopicPartition tp : partitions) {
                Long at = next.get(tp.partition());
                if (at == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, at);
                }
            }
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                for (ConsumerRecord<String, String> r : records) {
                    take(r);
                    next.put(r.partition(), r.offset() + 1);
                }
                store.sync();
                store.quarantine().flush();
                writeOffsets();
            }
        } catch (WakeupException e) {
            // closing
        } catch (IOException | RuntimeException e) {
            if (running) {
                err.println("newsweave: reading placements from " + topic + " stopped: " + e);
            }
        }
    }

    private void take(ConsumerRecord<String, String> r) throws IOException {
        try {
            applier.apply(PlacementJson.read(r.value() == null ? "" : r.value()));
        } catch (IllegalArgumentException e) {
            Origin origin = new Origin("kafka:" + topic + "/" + r.partition(), r.offset() + 1);
            store.quarantine().put(new Rejection(origin, -1, "not a placement record: " + e.getMessage(),
                    r.value() == null ? null : r.value().getBytes(StandardCharsets.UTF_8)));
            err.println("newsweave: " + origin + ": not a placement record: " + e.getMessage());
        }
        applied++;
    }

    private Path offsetsFile() {
        return store.dir().resolve(OFFSETS);
    }

    private void readOffsets() throws IOException {
        Path file = offsetsFile();
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 3 && f[0].equals(topic)) {
                try {
                    next.put(Integer.parseInt(f[1]), Long.parseLong(f[2]));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": bad line '" + line + "'", e);
                }
            }
        }
    }

    /** {@code topic partition next-offset} lines, replaced atomically. */
    private void writeOffsets() throws IOException {
        StringBuilder out = new StringBuilder();
        next.forEach((partition, offset) -> out.append(topic).append(' ').append(partition).append(' ').append(offset).append('\n'));
        Path tmp = offsetsFile().resolveSibling(OFFSETS + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, offsetsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
        consumer.close();
    }
}
