package dev.newsflow.schemas.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Dead-letter records: the original key and value bytes, plus headers naming what failed and where. Header names
 * are the ones Kafka Streams writes for its dead-letter queue (KIP-1034), so records from the topology and from the
 * sink read the same; we add the pipeline stage. Error headers are bounded, and a record too large for the DLQ topic
 * is cut to fit with a header saying so ({@link DeadLetterBounds}). Stateless and thread-safe.
 */
public final class DeadLetters {

  public static final String HEADER_EXCEPTION = "__streams.errors.exception";
  public static final String HEADER_MESSAGE = "__streams.errors.message";
  public static final String HEADER_STACKTRACE = "__streams.errors.stacktrace";
  public static final String HEADER_TOPIC = "__streams.errors.topic";
  public static final String HEADER_PARTITION = "__streams.errors.partition";
  public static final String HEADER_OFFSET = "__streams.errors.offset";
  /** Prefix of the headers we add to Kafka Streams' own. */
  public static final String HEADER_PREFIX = "newsflow.errors.";
  /** Our addition: the pipeline stage that failed (deserialize, clean, sink, ...). */
  public static final String HEADER_STAGE = HEADER_PREFIX + "stage";
  /** Present when the value was cut to fit the DLQ topic: the original value's size in bytes. */
  public static final String HEADER_VALUE_TRUNCATED = HEADER_PREFIX + "value.truncated";
  /** Present when the key was cut: the original key's size in bytes. */
  public static final String HEADER_KEY_TRUNCATED = HEADER_PREFIX + "key.truncated";
  /** Present when the source record's own headers were too large to keep: how many were dropped. */
  public static final String HEADER_HEADERS_DROPPED = HEADER_PREFIX + "headers.dropped";

  private DeadLetters() {}

  /** A dead letter for a record consumed from Kafka that a stage could not handle. */
  public static ProducerRecord<byte[], byte[]> of(String dlqTopic, ConsumerRecord<byte[], byte[]> failed,
      String stage, Throwable error) {
    ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(dlqTopic, null, failed.key(), failed.value());
    for (Header header : failed.headers()) {
      dead.headers().add(header);
    }
    Headers headers = dead.headers();
    DeadLetterBounds.describe(headers, error);
    put(headers, HEADER_TOPIC, failed.topic());
    put(headers, HEADER_PARTITION, String.valueOf(failed.partition()));
    put(headers, HEADER_OFFSET, String.valueOf(failed.offset()));
    put(headers, HEADER_STAGE, stage);
    return dead;
  }

  /** Sets a string header, replacing any earlier value of the same name. */
  public static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** The last value of a string header, or null. */
  public static String get(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
