package dev.newsflow.enrich.limits;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serializer that refuses a value over the {@link RecordLimits} of its topic before the producer sees it.
 * Refused there, the record goes to Kafka Streams' production exception handler as a serialization error, which
 * sends it to the DLQ and goes on; refused by the producer or the broker instead, it would abort the transaction
 * and be retried forever. Thread-safe when the wrapped serializer is.
 */
public final class RecordSizeGuard<T> implements Serializer<T> {

  private final Serializer<T> serializer;
  private final RecordLimits limits;

  private RecordSizeGuard(Serializer<T> serializer, RecordLimits limits) {
    this.serializer = Objects.requireNonNull(serializer, "serializer");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** {@code serde} with its serializer guarded by {@code limits}; the deserializer is unchanged. */
  public static <T> Serde<T> guard(Serde<T> serde, RecordLimits limits) {
    Deserializer<T> deserializer = serde.deserializer();
    return Serdes.serdeFrom(new RecordSizeGuard<>(serde.serializer(), limits), deserializer);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    return check(topic, serializer.serialize(topic, data));
  }

  @Override
  public byte[] serialize(String topic, Headers headers, T data) {
    return check(topic, serializer.serialize(topic, headers, data));
  }

  private byte[] check(String topic, byte[] bytes) {
    int limit = limits.valueLimit(topic);
    if (bytes != null && bytes.length > limit) {
      throw new RecordTooLargeException("a record of " + bytes.length + " bytes is over the " + limit
          + "-byte value limit of topic " + topic + " (set by max.record.bytes and the topic's max.message.bytes)");
    }
    return bytes;
  }

  @Override
  public void close() {
    serializer.close();
  }
}
