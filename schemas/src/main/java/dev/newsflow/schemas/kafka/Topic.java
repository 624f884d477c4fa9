package dev.newsflow.schemas.kafka;

import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A topic with the serdes of its keys and values, so a name never travels without its types (the pattern of
 * Confluent's kafka-streams-examples {@code Schemas.Topic}). Get the pipeline's own from {@link PipelineTopics}.
 * Immutable; thread-safe when its serdes are (ours are, once configured).
 *
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
  }

  public Serializer<K> keySerializer() {
    return keySerde.serializer();
  }

  public Serializer<V> valueSerializer() {
    return valueSerde.serializer();
  }

  public Deserializer<K> keyDeserializer() {
    return keySerde.deserializer();
  }

  public Deserializer<V> valueDeserializer() {
    return valueSerde.deserializer();
  }

  /** A record for this topic. */
  public ProducerRecord<K, V> record(K key, V value) {
    return new ProducerRecord<>(name, key, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
