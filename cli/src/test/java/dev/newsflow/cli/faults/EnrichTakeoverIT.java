package dev.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich instances share the work (same application id); one is stopped while articles flow. The other takes
 * over its partitions and news.enriched (read_committed) holds every article exactly once.
 */
@ExtendWith(NewsflowClusterExtension.class)
class EnrichTakeoverIT {

  private static final int PARTITIONS = 3;
  private static final int TOTAL = 240;

  @TempDir
  Path dir;

  @Test
  void shouldTakeOverThePartitionsOfAStoppedInstanceWithExactCounts(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("takeover.raw", "takeover.enriched", "takeover.dlq");
    cluster.createTopics(PARTITIONS, topics.raw(), topics.enriched(), topics.dlq());
    // a short session so the group notices the stopped member quickly (Streams does not leave the group on close)
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl(),
        Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"));
    List<RawArticle> articles = FaultFixtures.articles(TOTAL, 31, 10_000, 20_000);
    try (EnrichService a = new EnrichService(config(kafka, topics, "a"));
        EnrichService b = new EnrichService(config(kafka, topics, "b"));
        ArticlePublisher publisher = new ArticlePublisher(kafka, topics.raw());
        KafkaConsumer<String, byte[]> reader = FaultFixtures.committedReader(kafka, topics.enriched())) {
      a.start(Duration.ofSeconds(60));
      b.start(Duration.ofSeconds(60));
      Await.until("both instances own source partitions",
          () -> !sourcePartitions(a.streams(), topics).isEmpty() && !sourcePartitions(b.streams(), topics).isEmpty()
              && a.streams().state() == KafkaStreams.State.RUNNING
              && b.streams().state() == KafkaStreams.State.RUNNING, Duration.ofSeconds(60));

      List<CompletableFuture<?>> sent = FaultFixtures.publish(publisher, articles);
      int seen = FaultFixtures.pollUntil(reader, 0, 20, Duration.ofSeconds(60));
      assertThat(seen).isGreaterThanOrEqualTo(20);
      a.close();
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

      Await.until("the remaining instance owns every source partition",
          () -> sourcePartitions(b.streams(), topics).size() == PARTITIONS, Duration.ofSeconds(60));
      List<String> enriched = FaultFixtures.committedIds(kafka, topics.enriched(), TOTAL, Duration.ofSeconds(120));
      assertThat(enriched).hasSize(TOTAL);
      assertThat(new HashSet<>(enriched)).isEqualTo(FaultFixtures.ids(articles));
      System.out.printf("EnrichTakeoverIT: instance a stopped after %d committed; %d records in %s, %d distinct%n",
          seen, enriched.size(), topics.enriched(), new HashSet<>(enriched).size());
    }
  }

  private EnrichConfig config(KafkaSettings kafka, TopicNames topics, String instance) {
    return EnrichConfig.builder(kafka).topics(topics).applicationId("takeover-it")
        .stateDir(dir.resolve("streams-" + instance)).build();
  }

  /** The partitions of the raw topic this instance's active tasks read. */
  private static Set<Integer> sourcePartitions(KafkaStreams streams, TopicNames topics) {
    return streams.metadataForLocalThreads().stream()
        .flatMap(thread -> thread.activeTasks().stream())
        .flatMap(task -> task.topicPartitions().stream())
        .filter(partition -> partition.topic().equals(topics.raw()))
        .map(TopicPartition::partition)
        .collect(Collectors.toSet());
  }
}
