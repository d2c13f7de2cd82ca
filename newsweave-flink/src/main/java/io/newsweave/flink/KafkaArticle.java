package io.newsweave.flink;

import java.util.Arrays;

/**
 * One record of the articles topic, as read: where it is ({@code topic}, {@code partition},
 * {@code offset}) and its bytes (a JSON Lines record of {@code newsweave ingest}). A Flink POJO:
 * public fields and a no-argument constructor, so that Flink serializes it without Kryo.
 */
public final class KafkaArticle {

    public String topic;
    public int partition;
    public long offset;
    public byte[] value;

    public KafkaArticle() {
    }

    public KafkaArticle(String topic, int partition, long offset, byte[] value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.value = value == null ? new byte[0] : value;
    }

    /** {@code kafka:topic/partition@offset}: the path of the origin of the documents this record holds. */
    public String place() {
        return "kafka:" + topic + "/" + partition + "@" + offset;
    }

    @Override
    public String toString() {
        return place() + " (" + value.length + " bytes)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KafkaArticle k && k.topic.equals(topic) && k.partition == partition && k.offset == offset
                && Arrays.equals(k.value, value);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + partition;
    }
}
