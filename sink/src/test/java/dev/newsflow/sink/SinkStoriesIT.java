package dev.newsflow.sink;

import static dev.newsflow.sink.SinkServiceIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.sink.postgres.PostgresStore;
import dev.newsflow.sink.store.PostgresFixture;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18: one sink reads the enriched and the stories topics through a real broker into PostgreSQL: the story
 * rows, each article's story, a merge moving articles to the survivor and a tombstone deleting a story.
 */
@ExtendWith(NewsflowClusterExtension.class)
class SinkStoriesIT {

  @Test
  void shouldStoreStoriesAndTheArticlesStoryFromBothTopics(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("st.raw", "st.enriched", "st.dlq", "st.stories");
    cluster.createTopics(2, topics.enriched(), topics.dlq(), topics.stories());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    produceStories(kafka, topics.stories(), Map.of(
        "s-a", TestStories.story("s-a", "Flood hits Northport", "2025-06-10T12:00:00Z"),
        "s-b", TestStories.story("s-b", "Northport floods", "2025-06-10T12:00:00Z"),
        "s-gone", TestStories.story("s-gone", "Withdrawn", "2025-06-10T12:00:00Z")));
    PostgresSinkIT.produce(kafka, topics.enriched(), 3, i -> EnrichedArticle.newBuilder(
        TestArticles.article("a" + i, "Report " + i)).setStoryId(i == 2 ? "s-b" : "s-a").build());
    Map<String, Story> later = new HashMap<>();
    later.put("s-b", TestStories.merged("s-b", "s-a", "2025-06-10T13:00:00Z"));
    later.put("s-gone", null); // a tombstone
    produceStories(kafka, topics.stories(), later);

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (PostgresFixture db = new PostgresFixture();
         SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics).withGroupId("st")
             .withBatching(10, Duration.ofMillis(100)), new PostgresStore(db.settings()), registry)) {
      sink.start();
      // The two topics are read in no fixed order relative to each other: wait for the end state.
      await(() -> sink.written() == 3 && rows(db, "SELECT count(*) FROM stories") == 2
          && rows(db, "SELECT count(*) FROM stories WHERE merged_into = 's-a'") == 1
          && rows(db, "SELECT count(*) FROM articles WHERE story_id = 's-a'") == 3, Duration.ofSeconds(60));

      assertThat(db.query("SELECT id, headline, merged_into FROM stories ORDER BY id")).containsExactly(
          Arrays.asList("s-a", "Flood hits Northport", null), List.of("s-b", "Merged s-b", "s-a"));
      assertThat(db.query("SELECT id, story_id FROM articles ORDER BY id")).containsExactly(
          List.of("a0", "s-a"), List.of("a1", "s-a"), List.of("a2", "s-a"));
      assertThat(sink.deadLettered()).isZero();
      // s-gone's first state is skipped when its tombstone comes in the same batch.
      assertThat(sink.storiesWritten()).isBetween(3L, 4L);
      assertThat(registry.get("newsflow.sink.stories").tag("change", "written").counter().count())
          .isEqualTo(sink.storiesWritten());
      assertThat(registry.get("newsflow.sink.stories").tag("change", "deleted").counter().count()).isEqualTo(1);
    }
  }

  private static long rows(PostgresFixture db, String sql) {
    try {
      return ((Number) db.query(sql).get(0).get(0)).longValue();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Produces story states (a null value is a tombstone) keyed by story id. */
  private static void produceStories(KafkaSettings kafka, String topic, Map<String, Story> stories) {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    AvroSerializer<Story> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, Story> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
      stories.forEach((id, story) -> producer.send(new ProducerRecord<>(topic, id, story)));
      producer.flush();
    }
  }
}
