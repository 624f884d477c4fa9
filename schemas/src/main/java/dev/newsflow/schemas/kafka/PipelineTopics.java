package dev.newsflow.schemas.kafka;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.serde.AvroSerde;
import dev.newsflow.schemas.serde.AvroSerdeConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics with their types: {@code news.raw} and {@code news.enriched} (article id keys, Avro values
 * in Confluent's wire format) and {@code news.dlq} (the failed record's bytes, unchanged). The Avro serdes are
 * configured from the services' serde settings (registry URL and pass-through properties), with
 * {@code avro.remove.java.properties=true} unless those say otherwise: the pipeline registers the schemas as the
 * {@code .avsc} files define them, so a client in another language that registered them shares our versions.
 *
 * <p>Thread-safe.
 */
public final class PipelineTopics {

  private final TopicNames names;
  private final Topic<String, RawArticle> raw;
  private final Topic<String, EnrichedArticle> enriched;
  private final Topic<byte[], byte[]> dlq;
  private final Topic<String, Story> stories;

  private PipelineTopics(TopicNames names, Map<String, ?> serdeConfig) {
    this.names = Objects.requireNonNull(names, "names");
    this.raw = raw(names.raw(), serdeConfig);
    this.enriched = enriched(names.enriched(), serdeConfig);
    this.dlq = new Topic<>(names.dlq(), Serdes.ByteArray(), Serdes.ByteArray());
    this.stories = stories(names.stories(), serdeConfig);
  }

  /** @param serdeConfig the registry URL and pass-through client properties, e.g. {@link KafkaSettings#clientConfig} */
  public static PipelineTopics of(TopicNames names, Map<String, ?> serdeConfig) {
    return new PipelineTopics(names, serdeConfig);
  }

  public static PipelineTopics of(KafkaSettings kafka, TopicNames names) {
    return new PipelineTopics(names, kafka.clientConfig());
  }

  /** A topic of raw articles by its name alone (a publisher needs no other topic). */
  public static Topic<String, RawArticle> raw(String name, Map<String, ?> serdeConfig) {
    return new Topic<>(name, Serdes.String(), AvroSerde.forClass(RawArticle.class, asInTheAvsc(serdeConfig), false));
  }

  /** A topic of enriched articles by its name alone (a reader needs no other topic). */
  public static Topic<String, EnrichedArticle> enriched(String name, Map<String, ?> serdeConfig) {
    return new Topic<>(name, Serdes.String(),
        AvroSerde.forClass(EnrichedArticle.class, asInTheAvsc(serdeConfig), false));
  }

  /** A topic of story states by its name alone. */
  public static Topic<String, Story> stories(String name, Map<String, ?> serdeConfig) {
    return new Topic<>(name, Serdes.String(), AvroSerde.forClass(Story.class, asInTheAvsc(serdeConfig), false));
  }

  private static Map<String, Object> asInTheAvsc(Map<String, ?> serdeConfig) {
    Map<String, Object> config = new HashMap<>(serdeConfig);
    config.putIfAbsent(AvroSerdeConfig.AVRO_REMOVE_JAVA_PROPERTIES, true);
    return config;
  }

  public TopicNames names() {
    return names;
  }

  public Topic<String, RawArticle> raw() {
    return raw;
  }

  public Topic<String, EnrichedArticle> enriched() {
    return enriched;
  }

  public Topic<byte[], byte[]> dlq() {
    return dlq;
  }

  public Topic<String, Story> stories() {
    return stories;
  }
}
