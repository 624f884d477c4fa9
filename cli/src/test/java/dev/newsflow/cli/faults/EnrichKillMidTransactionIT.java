package dev.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.Main;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code newsflow enrich} child processes share the work (same application id, each its own state dir, as on
 * two hosts). Instance a is killed (SIGKILL) while it works through a backlog, so its exactly-once transaction is
 * open: its output, changelog and repartition records are on the broker, uncommitted. Instance b has another
 * transactional id and cannot fence it: read_committed readers (b itself, on the repartition topics and
 * changelogs, and the test) wait until the broker aborts it at the transaction timeout. b then takes over a's
 * tasks from their last commit. The test proves the kill landed in an open transaction (a partition a wrote
 * keeps its last stable offset below its end, unmoved, for 3 s after the kill) and that read_committed
 * news.enriched then holds every article exactly once: 0 lost, 0 duplicated.
 */
@ExtendWith(NewsflowClusterExtension.class)
class EnrichKillMidTransactionIT {

  private static final int PARTITIONS = 3;
  private static final int TOTAL = 240;
  private static final String APPLICATION_ID = "killtxn-it";

  @TempDir
  Path dir;

  @Test
  void shouldNeitherLoseNorDuplicateWhenAnInstanceIsKilledMidTransaction(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("killtxn.raw", "killtxn.enriched", "killtxn.dlq");
    cluster.createTopics(PARTITIONS, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    List<RawArticle> articles = FaultFixtures.articles(TOTAL, 41, 10_000, 25_000);

    Process a = startEnrich(cluster, topics, "a");
    Process b = null;
    try (Admin admin = Admin.create(kafka.clientConfig());
        KafkaConsumer<String, byte[]> reader = FaultFixtures.committedReader(kafka, topics.enriched())) {
      Await.until("instance a runs", () -> !rawPartitions(admin, "enrich-a").isEmpty(), Duration.ofSeconds(90));
      b = startEnrich(cluster, topics, "b");
      Await.until("both instances own raw partitions", () -> !rawPartitions(admin, "enrich-a").isEmpty()
          && !rawPartitions(admin, "enrich-b").isEmpty(), Duration.ofSeconds(90));
      Set<Integer> ofA = rawPartitions(admin, "enrich-a");

      try (ArticlePublisher publisher = new ArticlePublisher(kafka, topics.raw())) {
        CompletableFuture.allOf(FaultFixtures.publish(publisher, articles).toArray(CompletableFuture[]::new))
            .get(60, TimeUnit.SECONDS);
      }
      int atKill = FaultFixtures.pollUntil(reader, 0, 30, Duration.ofSeconds(90));
      assertThat(atKill).as("output flows before the kill").isGreaterThanOrEqualTo(30);
      a.destroyForcibly();
      assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long killedAt = System.nanoTime();
      assertThat(atKill).as("killed in the middle of the backlog").isLessThan(TOTAL);

      // The dead instance's transaction stays open: a partition whose last stable offset stays below its end.
      List<TopicPartition> written = writtenPartitions(admin, topics);
      Map<TopicPartition, Long> stuck = openPartitions(admin, written);
      for (int i = 0; i < 6 && !stuck.isEmpty(); i++) {
        TimeUnit.MILLISECONDS.sleep(500);
        Map<TopicPartition, Long> now = openPartitions(admin, written);
        stuck.keySet().retainAll(now.keySet());
        stuck.entrySet().removeIf(e -> !e.getValue().equals(now.get(e.getKey())));
      }
      assertThat(stuck).as("partitions held by an open transaction for 3 s after the kill").isNotEmpty();
      Map<TopicPartition, Long> held = stuck;
      Await.until("the broker aborted the dead transaction", () -> {
        Map<TopicPartition, Long> now = openPartitions(admin, written);
        return held.keySet().stream().noneMatch(tp -> held.get(tp).equals(now.get(tp)));
      }, Duration.ofSeconds(90));
      double unblockedAfter = (System.nanoTime() - killedAt) / 1e9;
      System.out.printf("EnrichKillMidTransactionIT: a (raw partitions %s) killed after %d of %d committed; "
          + "open transaction held %s; read_committed moved on %.1f s after the kill%n", ofA, atKill, TOTAL,
          held, unblockedAfter);

      List<String> enriched = FaultFixtures.committedIds(kafka, topics.enriched(), TOTAL, Duration.ofSeconds(150));
      assertThat(enriched).as("committed records in %s (logs in %s)", topics.enriched(), dir).hasSize(TOTAL);
      assertThat(new HashSet<>(enriched)).isEqualTo(FaultFixtures.ids(articles));
      int uncommitted = uncommittedRecords(kafka, admin, topics.enriched());
      System.out.printf("EnrichKillMidTransactionIT: %d records in %s (read_committed), %d distinct ids; "
          + "read_uncommitted sees %d records (%d of aborted transactions)%n", enriched.size(),
          topics.enriched(), new HashSet<>(enriched).size(), uncommitted, uncommitted - TOTAL);
    } finally {
      a.destroyForcibly();
      if (b != null) {
        b.destroy();
        b.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** {@code newsflow enrich} in a child JVM, its own state dir, client ids starting with enrich-NAME. */
  private Process startEnrich(TestCluster cluster, TopicNames topics, String name) throws IOException {
    Path state = Files.createDirectories(dir.resolve("streams-" + name));
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "enrich", "--bootstrap-servers", cluster.bootstrapServers(), "--schema-registry",
        cluster.schemaRegistryUrl(), "--raw-topic", topics.raw(), "--enriched-topic", topics.enriched(),
        "--dlq-topic", topics.dlq(), "--application-id", APPLICATION_ID, "--state-dir", state.toString(),
        "--metrics-port", "off", "-X", "client.id=enrich-" + name, "-X", "session.timeout.ms=6000",
        "-X", "heartbeat.interval.ms=1000",
        // Under exactly-once a transaction spans one commit interval: at Kafka Streams' 100 ms default a fast
        // machine can finish its transaction just before the kill; at 5 s one is open almost all the time.
        "-X", "commit.interval.ms=5000");
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile()).start();
  }

  /** The raw partitions the members whose client id starts with {@code prefix} are assigned. */
  private static Set<Integer> rawPartitions(Admin admin, String prefix) {
    try {
      List<MemberDescription> members = admin.describeConsumerGroups(List.of(APPLICATION_ID)).all().get()
          .get(APPLICATION_ID).members().stream().toList();
      return members.stream().filter(m -> m.clientId().startsWith(prefix))
          .flatMap(m -> m.assignment().topicPartitions().stream())
          .filter(tp -> tp.topic().equals("killtxn.raw")).map(TopicPartition::partition)
          .collect(Collectors.toSet());
    } catch (Exception e) {
      return Set.of();
    }
  }

  /** The partitions enrich writes in its transactions: the output topic, its repartition topics and changelogs. */
  private static List<TopicPartition> writtenPartitions(Admin admin, TopicNames topics) throws Exception {
    Set<String> names = admin.listTopics().names().get().stream()
        .filter(t -> t.equals(topics.enriched()) || t.startsWith(APPLICATION_ID + "-")).collect(Collectors.toSet());
    return admin.describeTopics(names).allTopicNames().get().values().stream()
        .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition()))).toList();
  }

  /** Partitions whose last stable offset is below their end, with that last stable offset. */
  private static Map<TopicPartition, Long> openPartitions(Admin admin, List<TopicPartition> partitions) {
    try {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var stable = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
      var end = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
      Map<TopicPartition, Long> open = new HashMap<>();
      stable.forEach((tp, info) -> {
        if (info.offset() < end.get(tp).offset()) {
          open.put(tp, info.offset());
        }
      });
      return open;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Data records of the whole topic as a read_uncommitted reader sees them: committed and aborted. */
  private static int uncommittedRecords(KafkaSettings kafka, Admin admin, String topic) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int p = 0; p < PARTITIONS; p++) {
      latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    Map<TopicPartition, Long> end = new HashMap<>();
    admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get()
        .forEach((tp, info) -> end.put(tp, info.offset()));
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    int count = 0;
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      consumer.assign(end.keySet());
      consumer.seekToBeginning(end.keySet());
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (end.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        count += consumer.poll(Duration.ofMillis(200)).count();
      }
    }
    return count;
  }
}
