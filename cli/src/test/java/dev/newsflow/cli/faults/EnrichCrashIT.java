package dev.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash of the enrich app: {@code newsflow enrich} runs in a child JVM and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) while it works through a backlog, so no commit, no flush, no shutdown hook
 * and no leave-group runs; its open transaction is left on the broker. A new instance on the same state dir
 * (a restarted server) finishes the work. read_committed, news.enriched then holds every article exactly once:
 * the killed instance's uncommitted output is aborted and its input offsets were never committed.
 *
 * <p>The instances run with a 6 s session timeout (the broker's minimum) so the dead member leaves the group
 * quickly; with the 45 s default the test would only be slower.
 */
@ExtendWith(NewsflowClusterExtension.class)
class EnrichCrashIT {

  private static final int TOTAL = 200;

  @TempDir
  Path dir;

  @Test
  void shouldNeitherLoseNorDuplicateAfterAKilledInstance(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("crash.raw", "crash.enriched", "crash.dlq");
    cluster.createTopics(3, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    // pages of 20-40 KB, so the backlog takes long enough to kill the first instance in the middle of it
    List<RawArticle> articles = FaultFixtures.articles(TOTAL, 21, 10_000, 25_000);
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topics.raw())) {
      CompletableFuture.allOf(FaultFixtures.publish(publisher, articles).toArray(CompletableFuture[]::new))
          .get(60, TimeUnit.SECONDS);
    }

    int atKill;
    try (KafkaConsumer<String, byte[]> reader = FaultFixtures.committedReader(kafka, topics.enriched())) {
      Process first = startEnrich(cluster, topics, "first");
      try {
        atKill = FaultFixtures.pollUntil(reader, 0, 1, Duration.ofSeconds(90));
        assertThat(atKill).as("the first instance committed some output (log %s)", dir.resolve("first.log"))
            .isPositive();
      } finally {
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
    }
    assertThat(atKill).as("killed in the middle of the backlog").isLessThan(TOTAL);
    System.out.printf("EnrichCrashIT: first instance killed after %d of %d articles were committed%n", atKill,
        TOTAL);

    Process second = startEnrich(cluster, topics, "second");
    try {
      List<String> enriched = FaultFixtures.committedIds(kafka, topics.enriched(), TOTAL, Duration.ofSeconds(120));
      assertThat(enriched).as("committed records in %s (second instance log %s)", topics.enriched(),
          dir.resolve("second.log")).hasSize(TOTAL);
      assertThat(new HashSet<>(enriched)).isEqualTo(FaultFixtures.ids(articles));
      System.out.printf("EnrichCrashIT: %d records in %s, %d distinct ids%n", enriched.size(), topics.enriched(),
          new HashSet<>(enriched).size());
    } finally {
      second.destroy();
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** {@code newsflow enrich} in a child JVM on our class path, on the shared state dir; output to NAME.log. */
  private Process startEnrich(TestCluster cluster, TopicNames topics, String name) throws IOException {
    Path log = dir.resolve(name + ".log");
    Files.createDirectories(dir.resolve("streams"));
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "enrich", "--bootstrap-servers", cluster.bootstrapServers(), "--schema-registry",
        cluster.schemaRegistryUrl(), "--raw-topic", topics.raw(), "--enriched-topic", topics.enriched(),
        "--dlq-topic", topics.dlq(), "--application-id", "crash-it", "--state-dir",
        dir.resolve("streams").toString(), "-X", "session.timeout.ms=6000", "-X", "heartbeat.interval.ms=1000");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
