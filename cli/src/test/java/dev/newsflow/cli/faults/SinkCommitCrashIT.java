package dev.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.Main;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.sink.postgres.PostgresSettings;
import dev.newsflow.sink.store.PostgresFixture;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.EmbeddedTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sink killed (SIGKILL) after its store has a batch and before the offsets of that batch are committed. Three
 * {@code newsflow sink} child processes, writing DuckDB, PostgreSQL (the sink tests' server, a schema of its own)
 * and JSON Lines, each its own consumer group, read the same topic. The kill is made to land in that window without any hook in the sink: the sinks collect a
 * batch for 15 s ({@code --max-batch-wait}); the broker is stopped while they collect, so when the batch closes
 * the store write succeeds (it is local) and the offset commit blocks (no coordinator); the test waits until each
 * store file has grown, then kills them. After the broker is back, no group has a committed offset while the
 * stores hold the whole batch; restarted sinks read that batch again with the rest:
 *
 * <ul>
 *   <li>DuckDB and PostgreSQL: rows = distinct ids = articles published (the upsert absorbs the redelivered
 *       batch);
 *   <li>JSON Lines: the redelivered batch is appended again (lines = published + batch), distinct ids = published,
 *       and the lines of one id are the same article, so "last line per id" gives each article once.
 * </ul>
 */
class SinkCommitCrashIT {

  private static final int PARTITIONS = 3;
  private static final int FIRST = 60;
  private static final int SECOND = 60;
  private static final int TOTAL = FIRST + SECOND;
  private static final String DUCKDB_GROUP = "commit-crash-duckdb";
  private static final String JSONL_GROUP = "commit-crash-jsonl";
  private static final String POSTGRES_GROUP = "commit-crash-postgres";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private PostgresFixture postgres;

  @BeforeEach
  void createSchema() throws Exception {
    postgres = new PostgresFixture();
  }

  @AfterEach
  void dropSchema() throws Exception {
    postgres.close();
  }

  @Test
  void shouldStoreEveryArticleOnceAfterASinkKilledBetweenWriteAndCommit() throws Exception {
    TopicNames topics = new TopicNames("commit-crash.raw", "commit-crash.enriched", "commit-crash.dlq");
    Path duckdb = dir.resolve("sink.duckdb");
    Path jsonl = dir.resolve("sink.jsonl");
    List<EnrichedArticle> articles = new ArrayList<>();
    for (int i = 0; i < TOTAL; i++) {
      articles.add(article("cc-" + i, i));
    }
    try (EmbeddedTestCluster cluster = EmbeddedTestCluster.start()) {
      cluster.createTopics(PARTITIONS, topics.raw(), topics.enriched(), topics.dlq());
      KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
      produce(kafka, topics.enriched(), articles.subList(0, FIRST));

      // 1. Both sinks read the first 60 into one batch, held for 15 s; the broker stops meanwhile.
      List<String> collectForLong = List.of("--max-batch", "1000", "--max-batch-wait", "15s");
      Process duckSink = startSink(cluster, topics, "duckdb-1", DUCKDB_GROUP, collectForLong, "--duckdb",
          duckdb.toString());
      Process jsonSink = startSink(cluster, topics, "jsonl-1", JSONL_GROUP, collectForLong, "--jsonl",
          jsonl.toString());
      Process pgSink = startPostgresSink(cluster, topics, "postgres-1", collectForLong);
      long duckdbBytes;
      try {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
          Await.until("the sinks own every partition", () -> ownsAll(admin, DUCKDB_GROUP, topics)
              && ownsAll(admin, JSONL_GROUP, topics) && ownsAll(admin, POSTGRES_GROUP, topics),
              Duration.ofSeconds(60));
        }
        TimeUnit.SECONDS.sleep(3); // a fetch brings the 60 records; the batch closes 15 s after the first one
        duckdbBytes = storeBytes(duckdb);
        assertThat(lines(jsonl)).as("nothing written before the batch closes").isEmpty();
        assertThat(pgRows()).as("nothing written before the batch closes").containsExactly(0, 0);
        cluster.kafka().stop();
        // 2. The batch closes: each store writes it, then the commit waits for a coordinator that is not there.
        Await.until("the stores have the batch", () -> storeBytes(duckdb) > duckdbBytes
            && lines(jsonl).size() == FIRST && pgRows()[0] == FIRST, Duration.ofSeconds(45));
        TimeUnit.SECONDS.sleep(1); // DuckDB's transaction commits before the file grows; leave it time to finish
      } finally {
        duckSink.destroyForcibly();
        jsonSink.destroyForcibly();
        pgSink.destroyForcibly();
        assertThat(duckSink.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jsonSink.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pgSink.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }

      // 3. The stores hold the batch; the groups have committed nothing.
      long[] afterKill = FaultFixtures.duckDbCounts(duckdb);
      assertThat(afterKill).as("DuckDB after the kill").containsExactly(FIRST, FIRST);
      assertThat(lines(jsonl)).as("JSON Lines after the kill").hasSize(FIRST);
      assertThat(pgRows()).as("PostgreSQL after the kill").containsExactly(FIRST, FIRST);
      cluster.kafka().start();
      try (Admin admin = Admin.create(kafka.clientConfig())) {
        assertThat(committed(admin, DUCKDB_GROUP)).as("offsets the DuckDB sink committed").isEmpty();
        assertThat(committed(admin, JSONL_GROUP)).as("offsets the JSON Lines sink committed").isEmpty();
        assertThat(committed(admin, POSTGRES_GROUP)).as("offsets the PostgreSQL sink committed").isEmpty();
      }
      System.out.printf("SinkCommitCrashIT: killed between write and commit: DuckDB %d rows, JSON Lines %d lines, "
          + "PostgreSQL %d rows, 0 offsets committed%n", afterKill[0], FIRST, pgRows()[0]);

      // 4. Restarted sinks read the first 60 again, with 60 more.
      produce(kafka, topics.enriched(), articles.subList(FIRST, TOTAL));
      List<String> batches = List.of("--max-batch", "20", "--max-batch-wait", "200ms");
      Process duckAgain = startSink(cluster, topics, "duckdb-2", DUCKDB_GROUP, batches, "--duckdb",
          duckdb.toString());
      Process jsonAgain = startSink(cluster, topics, "jsonl-2", JSONL_GROUP, batches, "--jsonl", jsonl.toString());
      Process pgAgain = startPostgresSink(cluster, topics, "postgres-2", batches);
      try (Admin admin = Admin.create(kafka.clientConfig())) {
        Await.until("the sinks committed every record", () -> committedAll(admin, DUCKDB_GROUP, topics)
            && committedAll(admin, JSONL_GROUP, topics) && committedAll(admin, POSTGRES_GROUP, topics),
            Duration.ofSeconds(90));
      } finally {
        duckAgain.destroy(); // a clean stop closes the DuckDB file for the count below
        jsonAgain.destroy();
        pgAgain.destroy();
        assertThat(duckAgain.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jsonAgain.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pgAgain.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
    }

    Set<String> published = new HashSet<>();
    articles.forEach(a -> published.add(a.getId()));
    long[] stored = FaultFixtures.duckDbCounts(duckdb);
    assertThat(stored).as("DuckDB rows, distinct ids").containsExactly(TOTAL, TOTAL);
    long[] inPostgres = pgRows();
    assertThat(inPostgres).as("PostgreSQL rows, distinct ids").containsExactly(TOTAL, TOTAL);
    List<Map<?, ?>> events = lines(jsonl);
    Map<String, Map<?, ?>> lastPerId = new HashMap<>();
    Map<String, Integer> linesPerId = new HashMap<>();
    for (Map<?, ?> event : events) {
      String id = (String) event.get("id");
      Map<?, ?> earlier = lastPerId.put(id, event);
      if (earlier != null) {
        assertThat(event).as("a redelivered line is the same article").isEqualTo(earlier);
      }
      linesPerId.merge(id, 1, Integer::sum);
    }
    assertThat(events).as("JSON Lines: the redelivered batch appended again").hasSize(TOTAL + FIRST);
    assertThat(lastPerId.keySet()).isEqualTo(published);
    assertThat(linesPerId.values().stream().filter(n -> n == 2).count()).isEqualTo(FIRST);
    System.out.printf("SinkCommitCrashIT: %d published; DuckDB %d rows, %d distinct ids; PostgreSQL %d rows, %d "
        + "distinct ids; JSON Lines %d lines, %d distinct ids (%d ids twice)%n", TOTAL, stored[0], stored[1],
        inPostgres[0], inPostgres[1], events.size(), lastPerId.size(), FIRST);
  }

  private static EnrichedArticle article(String id, int i) {
    Instant enriched = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
    String text = ("Article " + i + " on the harbour bridge vote in Northport. ").repeat(20);
    return EnrichedArticle.newBuilder().setId(id).setSourceId("commit-crash").setSourceType(SourceType.FILE)
        .setUrl("https://news.example/" + id).setTitle("Harbour vote " + i).setFetchedAt(enriched.minusSeconds(60))
        .setEnrichedAt(enriched).setLanguage("en").setText(text).setWordCount(text.split(" ").length)
        .setEntities(List.of()).setTopics(List.of()).setContentHash(String.format("%064x", i)).setSimhash(i).setPipelineVersion("test").build();
  }

  private static void produce(KafkaSettings kafka, String topic, List<EnrichedArticle> articles) throws Exception {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, EnrichedArticle> producer =
        new KafkaProducer<>(config, new StringSerializer(), serializer)) {
      for (EnrichedArticle article : articles) {
        producer.send(new ProducerRecord<>(topic, article.getId(), article)).get(30, TimeUnit.SECONDS);
      }
    }
  }

  /** {@code newsflow sink} in a child JVM on our class path; output to NAME.log. */
  private Process startSink(EmbeddedTestCluster cluster, TopicNames topics, String name, String group,
      List<String> batching, String... store) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "sink", "--bootstrap-servers", cluster.bootstrapServers(), "--schema-registry",
        cluster.schemaRegistryUrl(), "--raw-topic", topics.raw(), "--enriched-topic", topics.enriched(),
        "--dlq-topic", topics.dlq(), "--group-id", group, "--metrics-port", "off"));
    command.addAll(batching);
    command.addAll(List.of(store));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    String password = postgres.settings().password();
    if (password != null) {
      builder.environment().put("NEWSFLOW_PG_PASSWORD", password);
    }
    return builder.start();
  }

  /** A PostgreSQL sink in the fixture's schema; the password goes through the environment, not the command line. */
  private Process startPostgresSink(EmbeddedTestCluster cluster, TopicNames topics, String name,
      List<String> batching) throws IOException {
    PostgresSettings settings = postgres.settings();
    return startSink(cluster, topics, name, POSTGRES_GROUP, batching, "--store", "postgres", "--jdbc-url",
        settings.jdbcUrl(), "--db-user", settings.user());
  }

  /** Rows and distinct ids in the PostgreSQL sink's article table (0, 0 before the table exists). */
  private long[] pgRows() {
    try {
      List<List<Object>> row = postgres.query("SELECT count(*), count(DISTINCT id) FROM articles");
      return new long[] {((Number) row.get(0).get(0)).longValue(), ((Number) row.get(0).get(1)).longValue()};
    } catch (java.sql.SQLException e) {
      if ("42P01".equals(e.getSQLState())) {
        return new long[] {0, 0}; // the sink has not created its tables yet
      }
      throw new IllegalStateException(e);
    }
  }

  /** The DuckDB file and its write-ahead log, in bytes: they grow when a transaction commits. */
  private static long storeBytes(Path duckdb) {
    try {
      Path wal = duckdb.resolveSibling(duckdb.getFileName() + ".wal");
      return (Files.exists(duckdb) ? Files.size(duckdb) : 0) + (Files.exists(wal) ? Files.size(wal) : 0);
    } catch (IOException e) {
      return -1;
    }
  }

  private static List<Map<?, ?>> lines(Path jsonl) {
    List<Map<?, ?>> events = new ArrayList<>();
    try {
      if (!Files.exists(jsonl)) {
        return events;
      }
      for (String line : Files.readAllLines(jsonl)) {
        if (!line.isBlank()) {
          events.add(JSON.readValue(line, Map.class));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return events;
  }

  private static boolean ownsAll(Admin admin, String group, TopicNames topics) {
    try {
      ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
      return description.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
          .filter(tp -> tp.topic().equals(topics.enriched())).count() == PARTITIONS;
    } catch (Exception e) {
      return false;
    }
  }

  private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
    offsets.values().removeIf(java.util.Objects::isNull);
    return offsets;
  }

  private static boolean committedAll(Admin admin, String group, TopicNames topics) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
      if (committed.size() != PARTITIONS) {
        return false;
      }
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      return admin.listOffsets(latest).all().get().entrySet().stream()
          .allMatch(e -> committed.get(e.getKey()).offset() >= e.getValue().offset());
    } catch (Exception e) {
      return false;
    }
  }
}
