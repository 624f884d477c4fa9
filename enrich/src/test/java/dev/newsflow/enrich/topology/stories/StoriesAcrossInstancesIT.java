package dev.newsflow.enrich.topology.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich instances of one application on a real broker, each owning one of the two partitions of news.raw:
 * reports of one event written to different partitions end up in one story, whether the second report comes after
 * the first story is published or both stories start at the same moment and the next report merges them.
 */
@ExtendWith(NewsflowClusterExtension.class)
class StoriesAcrossInstancesIT {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @TempDir
  Path dir;

  @Test
  void shouldKeepReportsOfOneEventOnTwoPartitionsInOneStory(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("stories-it.raw", "stories-it.enriched", "stories-it.dlq");
    cluster.createTopics(2, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(kafka.clientConfig(), false);
    PipelineTopics typed = PipelineTopics.of(kafka, topics);
    try (EnrichService one = new EnrichService(config(kafka, topics, "one"));
         EnrichService two = new EnrichService(config(kafka, topics, "two"));
         KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(kafka.clientConfig(),
             new StringSerializer(), serializer);
         KafkaConsumer<String, EnrichedArticle> articles = consumer(kafka, topics.enriched(),
             typed.enriched().valueSerde().deserializer());
         KafkaConsumer<String, Story> stories = consumer(kafka, topics.stories(),
             typed.stories().valueSerde().deserializer())) {
      one.start(Duration.ofSeconds(90));
      two.start(Duration.ofSeconds(90));

      send(producer, topics.raw(), 0, Texts.report("q-wire", "Wire", "Earthquake kills 14 in northern Kyrgyzstan",
          Texts.QUAKE_WIRE, MONDAY));
      assertThat(await(articles, a -> a.getId().equals("q-wire")).getStoryId()).isEqualTo("s-q-wire");
      await(stories, s -> s.getId().equals("s-q-wire"));

      send(producer, topics.raw(), 1, Texts.report("q-daily", "Daily Courier",
          "Powerful quake hits Kyrgyzstan, at least 14 dead", Texts.QUAKE_DAILY, MONDAY.plusSeconds(1800)));
      assertThat(await(articles, a -> a.getId().equals("q-daily")).getStoryId())
          .as("the report on the other partition joins the story the other instance started").isEqualTo("s-q-wire");
      Story story = await(stories, s -> s.getId().equals("s-q-wire") && s.getArticleCount() == 2);
      assertThat(story.getOutletCount()).isEqualTo(2);
    }
  }

  private EnrichConfig config(KafkaSettings kafka, TopicNames topics, String instance) {
    return EnrichConfig.builder(kafka).topics(topics).applicationId("stories-it").partitions(2)
        .stateDir(dir.resolve(instance)).build();
  }

  private static void send(KafkaProducer<String, RawArticle> producer, String topic, int partition,
      RawArticle article) throws Exception {
    producer.send(new ProducerRecord<>(topic, partition, article.getId(), article)).get();
  }

  private static <V> KafkaConsumer<String, V> consumer(KafkaSettings kafka, String topic,
      Deserializer<V> deserializer) {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "stories-it-reader-" + topic);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer);
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /** The first record matching {@code wanted}, polling up to 90 s. */
  private static <V> V await(KafkaConsumer<String, V> consumer, Predicate<V> wanted) {
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.value() != null && wanted.test(record.value())) {
          return record.value();
        }
      }
    }
    throw new AssertionError("no matching record within 90 s");
  }
}
