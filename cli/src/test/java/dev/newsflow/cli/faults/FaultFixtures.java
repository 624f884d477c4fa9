package dev.newsflow.cli.faults;

import dev.newsflow.bench.BenchCorpus;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Articles, publishing and exact counting for the fault-tolerance tests. */
final class FaultFixtures {

  private FaultFixtures() {}

  /** Distinct synthetic articles (every one a new text, so dedupe drops none). */
  static List<RawArticle> articles(int count, long seed, int minBytes, int maxBytes) {
    BenchCorpus corpus = BenchCorpus.synthetic(seed, minBytes, maxBytes);
    List<RawArticle> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(corpus.get());
    }
    return articles;
  }

  static Set<String> ids(List<RawArticle> articles) {
    Set<String> ids = new HashSet<>();
    articles.forEach(a -> ids.add(a.getId()));
    return ids;
  }

  /** Sends the articles without waiting; the futures complete when the broker has them. */
  static List<CompletableFuture<?>> publish(ArticlePublisher publisher, List<RawArticle> articles) {
    List<CompletableFuture<?>> sent = new ArrayList<>();
    articles.forEach(a -> sent.add(publisher.publish(a)));
    return sent;
  }

  /** The ids (record keys) of every committed record of a topic: each occurrence, duplicates included. */
  static List<String> committedIds(KafkaSettings kafka, String topic, int expected, Duration timeout) {
    List<String> ids = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : TopicReader.readCommitted(kafka.clientConfig(), topic, expected,
        timeout)) {
      ids.add(new String(record.key(), StandardCharsets.UTF_8));
    }
    return ids;
  }

  /** Rows and distinct ids in the DuckDB sink's article table (the store must be closed). */
  static long[] duckDbCounts(Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT id) FROM articles")) {
      rows.next();
      return new long[] {rows.getLong(1), rows.getLong(2)};
    }
  }

  /** A read_committed consumer of a whole topic in a fresh group, for counting while a test runs. */
  static KafkaConsumer<String, byte[]> committedReader(KafkaSettings kafka, String topic) {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-reader-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
        new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /** Polls {@code reader} until it has seen at least {@code count} records in all, or the timeout passes. */
  static int pollUntil(KafkaConsumer<String, byte[]> reader, int seenSoFar, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = seenSoFar;
    while (seen < count && System.nanoTime() < deadline) {
      seen += reader.poll(Duration.ofMillis(100)).count();
    }
    return seen;
  }
}
