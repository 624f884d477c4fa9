package dev.newsflow.sink;

import dev.newsflow.schemas.kafka.DeadLetterBounds;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.sink.jdbc.SqlErrors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's dead-letter queue: records that cannot be read, or that the store rejects even alone, go to the DLQ
 * topic with their original bytes and the reason, in the topology's headers with stage {@value SinkService#STAGE}.
 * Owns its producer. Used by the sink thread; {@link #count()} may be read from any thread.
 */
final class SinkDeadLetters implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SinkDeadLetters.class);
  /**
   * Dead letters are cut to fit Kafka's default request and record limits (1 MB): a larger one would be refused
   * by the producer, and the record would be lost without a trace.
   */
  static final int MAX_RECORD_BYTES = 1_048_576;

  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final SinkMetrics metrics;
  private final AtomicLong sent = new AtomicLong();

  SinkDeadLetters(Producer<byte[], byte[]> producer, String topic, SinkMetrics metrics) {
    this.producer = producer;
    this.topic = topic;
    this.metrics = metrics;
  }

  /** Sends {@code record} to the DLQ with {@code reason}; asynchronous, see {@link #flush()}. */
  void send(ConsumerRecord<byte[], byte[]> record, Exception reason) {
    LOG.warn("record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(), topic,
        SqlErrors.describe(reason));
    producer.send(DeadLetterBounds.fit(DeadLetters.of(topic, record, SinkService.STAGE, reason), MAX_RECORD_BYTES));
    sent.incrementAndGet();
    metrics.deadLettered(reason);
  }

  /** Waits until the records sent so far are acknowledged: call before committing their offsets. */
  void flush() {
    producer.flush();
  }

  /** Records sent to the DLQ so far. */
  long count() {
    return sent.get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
