package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.schemas.kafka.DeadLetterBounds;
import dev.newsflow.schemas.kafka.DeadLetters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * The exception handlers' dead letters in a form that is always written: the stage named, error headers bounded,
 * and the record cut to what the DLQ topic admits ({@link DeadLetterBounds}). Stateless.
 */
final class BoundedDeadLetters {

  private BoundedDeadLetters() {}

  /** Kafka Streams' dead letters for {@code error}, with our stage header, bounded headers and sizes. */
  static List<ProducerRecord<byte[], byte[]>> bound(List<ProducerRecord<byte[], byte[]>> records, String stage,
      Throwable error, RecordLimits limits) {
    List<ProducerRecord<byte[], byte[]>> bounded = new ArrayList<>(records.size());
    for (ProducerRecord<byte[], byte[]> dead : records) {
      DeadLetterBounds.describe(dead.headers(), error);
      DeadLetters.put(dead.headers(), DeadLetters.HEADER_STAGE, stage);
      bounded.add(DeadLetterBounds.fit(dead, limits.recordLimit(dead.topic())));
    }
    return bounded;
  }

  /** A bounded dead letter on {@code dlqTopic} of the source record that {@code context} was processing. */
  static ProducerRecord<byte[], byte[]> of(String dlqTopic, ErrorHandlerContext context, String stage,
      Throwable error, RecordLimits limits) {
    ConsumerRecord<byte[], byte[]> source = new ConsumerRecord<>(String.valueOf(context.topic()),
        context.partition(), context.offset(), context.timestamp(), TimestampType.CREATE_TIME, -1, -1,
        context.sourceRawKey(), context.sourceRawValue(), context.headers(), Optional.empty());
    return DeadLetterBounds.fit(DeadLetters.of(dlqTopic, source, stage, error), limits.recordLimit(dlqTopic));
  }
}
