package dev.newsflow.sink;

import static dev.newsflow.sink.SinkServiceIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.duckdb.DuckDbStore;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import dev.newsflow.sink.postgres.PostgresStore;
import dev.newsflow.sink.store.ArticleStore;
import dev.newsflow.sink.store.DuckDbFixture;
import dev.newsflow.sink.store.PostgresFixture;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sink path per store: Avro records on a 3-partition topic, consumed, decoded, written in batches of 500
 * and committed. Prints articles per second (realistic 5–10 KB texts); asserts only that all arrived.
 */
@ExtendWith(NewsflowClusterExtension.class)
class SinkThroughputIT {

  private static final int ARTICLES = 5_000;

  @TempDir
  Path dir;

  @Test
  void shouldSinkIntoPostgres(TestCluster cluster) throws Exception {
    try (PostgresFixture db = new PostgresFixture()) {
      measure(cluster, "postgres", new PostgresStore(db.settings()));
      assertThat(db.query("SELECT count(*) FROM articles").get(0).get(0)).isEqualTo((long) ARTICLES);
    }
  }

  @Test
  void shouldSinkIntoDuckDb(TestCluster cluster) throws Exception {
    try (DuckDbFixture db = new DuckDbFixture()) {
      measure(cluster, "duckdb", new DuckDbStore(db.file()));
      assertThat(db.query("SELECT count(*) FROM articles").get(0).get(0)).isEqualTo((long) ARTICLES);
    }
  }

  @Test
  void shouldSinkIntoJsonLines(TestCluster cluster) throws Exception {
    measure(cluster, "jsonl", new JsonLinesStore(dir.resolve("out.jsonl")));
  }

  private static void measure(TestCluster cluster, String name, ArticleStore store) throws Exception {
    TopicNames topics = new TopicNames("tp-" + name + ".raw", "tp-" + name + ".enriched", "tp-" + name + ".dlq");
    cluster.createTopics(3, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    PostgresSinkIT.produce(kafka, topics.enriched(), ARTICLES, i -> TestArticles.realistic("t" + i, i));

    try (SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics)
        .withGroupId("tp-" + name), store)) {
      long start = System.nanoTime();
      sink.start();
      await(() -> sink.written() >= ARTICLES, Duration.ofSeconds(300));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("SINK %s: %d articles (5-10 KB text) from Kafka in %.2f s = %.0f articles/s%n", name,
          ARTICLES, seconds, ARTICLES / seconds);
    }
  }
}
