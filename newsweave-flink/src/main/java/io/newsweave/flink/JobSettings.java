package io.newsweave.flink;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the job is run with, validated once. Immutable and serializable.
 *
 * @param bootstrap    Kafka bootstrap servers ({@code host:port,...})
 * @param articles     topic of articles (JSON Lines records, one article per record)
 * @param placements   topic the placement records go to (keyed by placement partition)
 * @param group        consumer group of the source (offsets are kept in checkpoints, not committed back for correctness)
 * @param parallelism  default parallelism of the job (source, analysis, placement, sink)
 * @param scheme       how placement is partitioned
 * @param checkpoints  checkpoint interval; the placements become visible to read_committed readers at each one
 * @param bounded      whether the job stops at the end offsets the articles topic had when it started
 * @param stateBackend {@code hashmap} (state on the heap) or {@code rocksdb} (state on local disk, for large logs)
 * @param checkpointDir where checkpoints go ({@code file:///...}, {@code s3://...}); null: the job manager's heap (tests only)
 * @param scratch      local directory for the placement partitions' working stores; null: the JVM's temporary directory
 */
public record JobSettings(String bootstrap, String articles, String placements, String group, int parallelism,
                          PartitionScheme scheme, Duration checkpoints, boolean bounded, String stateBackend,
                          String checkpointDir, String scratch) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Set<String> BACKENDS = Set.of("hashmap", "rocksdb");

    public JobSettings {
        Objects.requireNonNull(bootstrap, "bootstrap");
        require(!bootstrap.isBlank(), "--bootstrap must name at least one Kafka broker");
        require(articles != null && !articles.isBlank(), "--articles must name a topic");
        require(placements != null && !placements.isBlank(), "--placements must name a topic");
        require(!articles.equals(placements), "--articles and --placements must be different topics: " + articles);
        require(group != null && !group.isBlank(), "--group must not be blank");
        require(parallelism >= 1 && parallelism <= 32_768, "--parallelism must be in 1..32768: " + parallelism);
        Objects.requireNonNull(scheme, "scheme");
        require(checkpoints != null && checkpoints.toMillis() >= 10, "--checkpoint-ms must be >= 10");
        require(BACKENDS.contains(stateBackend), "--state must be hashmap or rocksdb: " + stateBackend);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings with the articles topic's end offsets as of the start as the end of the input. */
    public JobSettings asBounded() {
        return new JobSettings(bootstrap, articles, placements, group, parallelism, scheme, checkpoints, true, stateBackend,
                checkpointDir, scratch);
    }

    /** This job at another parallelism. */
    public JobSettings withParallelism(int p) {
        return new JobSettings(bootstrap, articles, placements, group, p, scheme, checkpoints, bounded, stateBackend,
                checkpointDir, scratch);
    }

    /** This job with another state backend ({@code hashmap} or {@code rocksdb}). */
    public JobSettings withStateBackend(String backend) {
        return new JobSettings(bootstrap, articles, placements, group, parallelism, scheme, checkpoints, bounded, backend,
                checkpointDir, scratch);
    }

    /** This job with checkpoints in {@code dir} (null: the job manager's heap, for states of a few MB). */
    public JobSettings withCheckpointDir(String dir) {
        return new JobSettings(bootstrap, articles, placements, group, parallelism, scheme, checkpoints, bounded, stateBackend,
                dir, scratch);
    }

    /** This job with another partition scheme. */
    public JobSettings withScheme(PartitionScheme s) {
        return new JobSettings(bootstrap, articles, placements, group, parallelism, s, checkpoints, bounded, stateBackend,
                checkpointDir, scratch);
    }

    static final String USAGE = "PlacementJob --bootstrap HOST:PORT [--articles articles] [--placements placements] "
            + "[--group newsweave] [--parallelism N] [--partition-by language|single] [--checkpoint-ms 10000] "
            + "[--bounded] [--state hashmap|rocksdb] [--checkpoint-dir URI] [--scratch DIR]";

    /**
     * Parses {@code --name value} arguments ({@code --bounded} takes none).
     *
     * @throws IllegalArgumentException naming the bad argument, with the usage
     */
    public static JobSettings parse(String... args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'; usage: " + USAGE);
            }
            if (a.equals("--bounded")) {
                o.put("bounded", "true");
            } else if (i + 1 < args.length) {
                o.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value; usage: " + USAGE);
            }
        }
        Set<String> known = Set.of("bootstrap", "articles", "placements", "group", "parallelism", "partition-by",
                "checkpoint-ms", "bounded", "state", "checkpoint-dir", "scratch");
        for (String name : o.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; usage: " + USAGE);
            }
        }
        if (!o.containsKey("bootstrap")) {
            throw new IllegalArgumentException("--bootstrap is required; usage: " + USAGE);
        }
        try {
            return new JobSettings(o.get("bootstrap"), o.getOrDefault("articles", "articles"),
                    o.getOrDefault("placements", "placements"), o.getOrDefault("group", "newsweave"),
                    Integer.parseInt(o.getOrDefault("parallelism", "1")), PartitionScheme.parse(o.getOrDefault("partition-by", "language")),
                    Duration.ofMillis(Long.parseLong(o.getOrDefault("checkpoint-ms", "10000"))), o.containsKey("bounded"),
                    o.getOrDefault("state", "hashmap"), o.get("checkpoint-dir"), o.get("scratch"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage() + "; usage: " + USAGE, e);
        }
    }
}
