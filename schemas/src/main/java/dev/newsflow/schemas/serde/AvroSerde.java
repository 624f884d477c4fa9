package dev.newsflow.schemas.serde;

import dev.newsflow.schemas.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} of one generated Avro class in Confluent's wire format: an
 * {@link AvroSerializer} and an {@link AvroDeserializer} configured alike. Kafka Streams does not
 * configure serdes passed to {@code Consumed.with}/{@code Produced.with}, so use
 * {@link #forClass(Class, Map, boolean)} to get a configured one.
 *
 * <p>Thread-safe once configured.
 *
 * @param <T> the generated record class
 */
public class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final AvroSerializer<T> serializer;
  private final AvroDeserializer<T> deserializer;

  /** An unconfigured serde; call {@link #configure} before use. */
  public AvroSerde(Class<T> recordClass) {
    Objects.requireNonNull(recordClass, "recordClass");
    this.serializer = new AvroSerializer<>();
    this.deserializer = new AvroDeserializer<>(recordClass);
  }

  /** A serde over a client the caller owns; usable at once with default settings. */
  public AvroSerde(Class<T> recordClass, SchemaRegistryClient client) {
    this.serializer = new AvroSerializer<>(client);
    this.deserializer = new AvroDeserializer<>(recordClass, client);
  }

  /** A configured serde for keys ({@code isKey}) or values, from {@link AvroSerdeConfig} settings. */
  public static <T extends SpecificRecord> AvroSerde<T> forClass(Class<T> recordClass, Map<String, ?> config,
                                  boolean isKey) {
    AvroSerde<T> serde = new AvroSerde<>(recordClass);
    serde.configure(config, isKey);
    return serde;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
