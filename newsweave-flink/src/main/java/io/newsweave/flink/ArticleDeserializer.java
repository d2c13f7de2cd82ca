package io.newsweave.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Keeps each record of the articles topic with its place; never fails: bytes are read by the analysis. */
final class ArticleDeserializer implements KafkaRecordDeserializationSchema<KafkaArticle> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaArticle> out) {
        out.collect(new KafkaArticle(record.topic(), record.partition(), record.offset(), record.value()));
    }

    @Override
    public TypeInformation<KafkaArticle> getProducedType() {
        return TypeInformation.of(KafkaArticle.class);
    }
}
