package dev.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.duckdb.DuckDbStore;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.EmbeddedTestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes down in the middle of a run and comes back on the same data dir and port, while enrich
 * (exactly_once_v2) and the DuckDB sink keep running and articles keep being published: every article is enriched
 * exactly once (read_committed) and stored exactly once. Uses its own broker, since it restarts it.
 */
class BrokerRestartIT {

  private static final int FIRST = 60;
  private static final int WHILE_DOWN = 30;
  private static final int AFTER = 30;
  private static final int TOTAL = FIRST + WHILE_DOWN + AFTER;

  @TempDir
  Path dir;

  @Test
  void shouldEnrichAndStoreEveryArticleExactlyOnceAcrossABrokerRestart() throws Exception {
    List<RawArticle> articles = FaultFixtures.articles(TOTAL, 11, 3000, 8000);
    TopicNames topics = new TopicNames("restart.raw", "restart.enriched", "restart.dlq");
    Path database = dir.resolve("sink.duckdb");
    try (EmbeddedTestCluster cluster = EmbeddedTestCluster.start()) {
      cluster.createTopics(3, topics.raw(), topics.enriched(), topics.dlq());
      KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
      EnrichConfig config = EnrichConfig.builder(kafka).topics(topics).applicationId("restart-it")
          .stateDir(dir.resolve("streams")).build();
      List<CompletableFuture<?>> sent = new ArrayList<>();
      try (EnrichService enrich = new EnrichService(config);
          SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics)
              .withGroupId("restart-it-sink"), new DuckDbStore(database));
          ArticlePublisher publisher = new ArticlePublisher(kafka, topics.raw());
          KafkaConsumer<String, byte[]> reader = FaultFixtures.committedReader(kafka, topics.enriched())) {
        enrich.start(Duration.ofSeconds(60));
        sink.start();
        sent.addAll(FaultFixtures.publish(publisher, articles.subList(0, FIRST)));
        int seen = FaultFixtures.pollUntil(reader, 0, 10, Duration.ofSeconds(60));
        assertThat(seen).as("enriched before the restart").isGreaterThanOrEqualTo(10);

        cluster.kafka().stop();
        // A source keeps publishing while the broker is down. send() blocks (up to max.block.ms) while the
        // producer has no metadata, so it runs on its own thread, as a source would.
        CompletableFuture<List<CompletableFuture<?>>> duringOutage = CompletableFuture.supplyAsync(
            () -> FaultFixtures.publish(publisher, articles.subList(FIRST, FIRST + WHILE_DOWN)));
        TimeUnit.SECONDS.sleep(3);
        cluster.kafka().start();
        sent.addAll(duringOutage.get(60, TimeUnit.SECONDS));
        sent.addAll(FaultFixtures.publish(publisher, articles.subList(FIRST + WHILE_DOWN, TOTAL)));
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        Await.until("the sink stored every article", () -> sink.written() >= TOTAL, Duration.ofSeconds(120));
        List<String> enriched = FaultFixtures.committedIds(kafka, topics.enriched(), TOTAL, Duration.ofSeconds(60));
        assertThat(enriched).hasSize(TOTAL);
        assertThat(new HashSet<>(enriched)).isEqualTo(FaultFixtures.ids(articles));
        System.out.printf("BrokerRestartIT: %d records in %s, %d distinct ids; sink deliveries %d%n",
            enriched.size(), topics.enriched(), new HashSet<>(enriched).size(), sink.written());
      }
    }
    long[] stored = FaultFixtures.duckDbCounts(database);
    assertThat(stored).containsExactly(TOTAL, TOTAL);
    System.out.printf("BrokerRestartIT: %d published, %d stored rows, %d distinct ids%n", TOTAL, stored[0],
        stored[1]);
  }
}
