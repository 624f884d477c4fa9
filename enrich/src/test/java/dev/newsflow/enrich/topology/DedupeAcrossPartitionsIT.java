package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syndicated copies land on different partitions of news.raw; on a real broker with three partitions and
 * exactly-once, the band repartition topics must still bring them together.
 */
@ExtendWith(NewsflowClusterExtension.class)
class DedupeAcrossPartitionsIT {

  private static final int PARTITIONS = 3;
  private static final String WIRE_STORY = "Northport's city council has approved plans for a new road and rail "
      + "bridge across the harbour, ending more than a decade of debate over how to relieve congestion on the old "
      + "swing bridge. After a meeting that ran past midnight, councillors voted 31 to 14 in favour of the "
      + "420-metre crossing. The mayor called the decision the most important infrastructure choice this city has "
      + "made in fifty years. Opponents argued that the budget would squeeze spending on schools and housing.";

  @TempDir
  Path dir;

  @Test
  void shouldMarkACopyOnAnotherPartitionAndDropTheExactRepeat(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("dedupe-it.raw", "dedupe-it.enriched", "dedupe-it.dlq");
    cluster.createTopics(PARTITIONS, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    String original = "wire-original";
    String copy = idOnAnotherPartition(topics.raw(), original);

    EnrichConfig config = EnrichConfig.builder(kafka).topics(topics).applicationId("dedupe-it")
        .stateDir(dir.resolve("streams")).build();
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(kafka.clientConfig(), false);
    try (EnrichService enrich = new EnrichService(config);
         KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(kafka.clientConfig(),
             new StringSerializer(), serializer);
         KafkaConsumer<String, EnrichedArticle> consumer = consumer(kafka, topics.enriched())) {
      enrich.start(Duration.ofSeconds(60));
      producer.send(new ProducerRecord<>(topics.raw(), original, raw(original, "Bridge approved"))).get();
      assertThat(read(consumer, 1)).extracting(EnrichedArticle::getId).containsExactly(original);

      producer.send(new ProducerRecord<>(topics.raw(), copy, raw(copy, "Northport backs bridge"))).get();
      producer.send(new ProducerRecord<>(topics.raw(), original, raw(original, "Bridge approved"))).get();
      List<EnrichedArticle> later = read(consumer, 1);
      assertThat(later).hasSize(1);
      assertThat(later.get(0).getId()).isEqualTo(copy);
      assertThat(later.get(0).getDuplicateOf()).isEqualTo(original);

      Await.until("the repeat was counted", () -> exactDuplicatesDropped(enrich) >= 1, Duration.ofSeconds(30));
      assertThat(exactDuplicatesDropped(enrich)).isEqualTo(1.0);
      assertThat(read(consumer, 0)).as("nothing after the dropped repeat").isEmpty();
    }
  }

  private static double exactDuplicatesDropped(EnrichService enrich) {
    return enrich.streams().metrics().entrySet().stream()
        .filter(e -> e.getKey().name().equals(DedupeMetrics.EXACT_DUPLICATES_DROPPED + "-total"))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .sum();
  }

  /** The first of copy-0, copy-1, ... that the default partitioner places on another partition than {@code id}. */
  private static String idOnAnotherPartition(String topic, String id) {
    int taken = partition(id);
    for (int i = 0; ; i++) {
      String candidate = "wire-copy-" + i;
      if (partition(candidate) != taken) {
        return candidate;
      }
    }
  }

  private static int partition(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
  }

  private static RawArticle raw(String id, String title) {
    return RawArticle.newBuilder().setId(id).setSourceId("wire").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent(title + "\n" + WIRE_STORY).setFetchedAt(Instant.now()).build();
  }

  private static KafkaConsumer<String, EnrichedArticle> consumer(KafkaSettings kafka, String topic) {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "dedupe-it-reader");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    AvroDeserializer<EnrichedArticle> deserializer = new AvroDeserializer<>(EnrichedArticle.class);
    deserializer.configure(kafka.clientConfig(), false);
    KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
        deserializer);
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /** Polls until {@code expected} records arrived (deadline 90 s), then a few seconds more to catch any extra. */
  private static List<EnrichedArticle> read(KafkaConsumer<String, EnrichedArticle> consumer, int expected) {
    List<EnrichedArticle> records = new ArrayList<>();
    Instant deadline = Instant.now().plusSeconds(90);
    while (records.size() < expected && Instant.now().isBefore(deadline)) {
      for (ConsumerRecord<String, EnrichedArticle> r : consumer.poll(Duration.ofMillis(200))) {
        records.add(r.value());
      }
    }
    Instant extra = Instant.now().plusSeconds(3);
    while (Instant.now().isBefore(extra)) {
      consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.value()));
    }
    return records;
  }
}
