package io.newsweave.flink;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobSettingsTest {

    @Test
    void argumentsGiveTheSettingsAndDefaultsFillTheRest() {
        JobSettings s = JobSettings.parse("--bootstrap", "k1:9092,k2:9092", "--parallelism", "8", "--partition-by", "SINGLE",
                "--state", "rocksdb", "--bounded");
        assertThat(s.bootstrap()).isEqualTo("k1:9092,k2:9092");
        assertThat(s.articles()).isEqualTo("articles");
        assertThat(s.placements()).isEqualTo("placements");
        assertThat(s.parallelism()).isEqualTo(8);
        assertThat(s.scheme()).isEqualTo(PartitionScheme.SINGLE);
        assertThat(s.stateBackend()).isEqualTo("rocksdb");
        assertThat(s.bounded()).isTrue();
        assertThat(s.checkpoints().toMillis()).isEqualTo(10_000);
    }

    @Test
    void badArgumentsFailNamingTheArgument() {
        assertThatThrownBy(JobSettings::parse).hasMessageContaining("--bootstrap is required");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap", "k:1", "--parallelism", "zero")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap", "k:1", "--parallelism", "0")).hasMessageContaining("--parallelism must be in");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap", "k:1", "--partition-by", "topic")).hasMessageContaining("unknown partition scheme 'topic'");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap", "k:1", "--state", "memory")).hasMessageContaining("--state must be");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap", "k:1", "--articles", "t", "--placements", "t")).hasMessageContaining("different topics");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap", "k:1", "--colour", "red")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> JobSettings.parse("--bootstrap")).hasMessageContaining("--bootstrap needs a value");
    }

    @Test
    void aPlacementRecordIsKeyedByItsPartition() {
        assertThat(new String(PlacementJob.partitionKey("{\"type\":\"placed\",\"partition\":\"fr\",\"story\":\"s\"}"),
                StandardCharsets.UTF_8)).isEqualTo("fr");
        assertThat(PlacementJob.partitionKey("{\"type\":\"rejected\"}")).isEmpty();
    }
}
