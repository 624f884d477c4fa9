package dev.newsflow.cli.query;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads enriched events for people (the {@code consume} command, the demo): all partitions of the topic assigned
 * directly (no consumer group, so viewing never moves a service's offsets), committed records only. A record that
 * cannot be read is reported and skipped; a viewer must not stop on one bad record.
 *
 * <p>Not thread-safe (wraps a KafkaConsumer).
 */
public final class EnrichedEventReader implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichedEventReader.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> deserializer;

  /** @param enriched the enriched topic, whose value serde is configured */
  public EnrichedEventReader(KafkaSettings settings, Topic<String, EnrichedArticle> enriched, boolean fromBeginning) {
    String topic = enriched.name();
    deserializer = enriched.valueDeserializer();
    Map<String, Object> config = new HashMap<>(settings.clientConfig());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
    if (infos == null || infos.isEmpty()) {
      consumer.close();
      throw new IllegalStateException("topic " + topic + " does not exist on " + settings.bootstrapServers());
    }
    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
  }

  /** The next events, possibly none, waiting at most {@code timeout}. */
  public List<EnrichedArticle> poll(Duration timeout) {
    List<EnrichedArticle> events = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
      try {
        EnrichedArticle article = deserializer.deserialize(record.topic(), record.headers(), record.value());
        if (article != null) {
          events.add(article);
        }
      } catch (RuntimeException e) {
        LOG.warn("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
            e.getMessage());
      }
    }
    return events;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
