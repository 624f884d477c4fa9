package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(NewsflowClusterExtension.class)
class SinkServiceIT {

  @TempDir
  Path dir;

  @Test
  void shouldWriteEveryEventOnceAndDeadLetterTheUnreadableOne(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("sink-it.raw", "sink-it.enriched", "sink-it.dlq");
    cluster.createTopics(2, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());

    Map<String, Object> config = kafka.clientConfig();
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, EnrichedArticle> producer =
             new KafkaProducer<>(config, new StringSerializer(), serializer);
         KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(config, new ByteArraySerializer(),
             new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.enriched(), "a", TestArticles.article("a", "First"))).get();
      raw.send(new ProducerRecord<>(topics.enriched(), "poison".getBytes(StandardCharsets.UTF_8),
          new byte[] {0, 0, 0, 0, 1, 2})).get();
      producer.send(new ProducerRecord<>(topics.enriched(), "b", TestArticles.article("b", "Second"))).get();
    }

    Path file = dir.resolve("enriched.jsonl");
    SinkConfig sinkConfig = SinkConfig.defaults(kafka).withTopics(topics).withGroupId("sink-it");
    try (SinkService sink = new SinkService(sinkConfig, new JsonLinesStore(file))) {
      sink.start();
      await(() -> sink.written() == 2 && sink.deadLettered() == 1, Duration.ofSeconds(60));
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines).anyMatch(l -> l.contains("\"id\":\"a\"")).anyMatch(l -> l.contains("\"id\":\"b\""));

    List<ConsumerRecord<byte[], byte[]>> dead = readAll(kafka, topics.dlq(), 1);
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("poison");
    assertThat(dead.get(0).value()).containsExactly(0, 0, 0, 0, 1, 2);
    assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_STAGE)).isEqualTo(SinkService.STAGE);
    assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_TOPIC)).isEqualTo(topics.enriched());
  }

  @Test
  void shouldRetryABatchUntilTheStoreRecovers(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("sink-retry.raw", "sink-retry.enriched", "sink-retry.dlq");
    cluster.createTopics(1, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Map<String, Object> config = kafka.clientConfig();
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, EnrichedArticle> producer =
             new KafkaProducer<>(config, new StringSerializer(), serializer)) {
      for (String id : List.of("x", "y", "z")) {
        producer.send(new ProducerRecord<>(topics.enriched(), id, TestArticles.article(id, id))).get();
      }
    }
    FlakyStore store = new FlakyStore(3);
    SinkConfig sinkConfig = SinkConfig.defaults(kafka).withTopics(topics).withGroupId("sink-retry");
    try (SinkService sink = new SinkService(sinkConfig, store)) {
      sink.start();
      await(() -> sink.written() == 3, Duration.ofSeconds(60));
    }
    assertThat(store.failures).isEqualTo(3);
    assertThat(store.stored).extracting(EnrichedArticle::getId).containsExactly("x", "y", "z");
  }

  @Test
  void shouldCloseBatchesByCountAndByTime(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("sink-batch.raw", "sink-batch.enriched", "sink-batch.dlq");
    cluster.createTopics(1, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    produce(kafka, topics.enriched(), 7);
    FlakyStore store = new FlakyStore(0);
    SinkConfig sinkConfig = SinkConfig.defaults(kafka).withTopics(topics).withGroupId("sink-batch")
        .withBatching(3, Duration.ofMillis(300));
    try (SinkService sink = new SinkService(sinkConfig, store)) {
      sink.start();
      await(() -> sink.written() == 7, Duration.ofSeconds(60));
      // By count: never more than 3 per write. By time: the last, partial batch was written without more input.
      assertThat(store.batchSizes).allMatch(size -> size <= 3);
      assertThat(store.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
      assertThat(store.batchSizes.get(store.batchSizes.size() - 1)).isLessThan(3);
    }
  }

  static void produce(KafkaSettings kafka, String topic, int count) throws Exception {
    Map<String, Object> config = kafka.clientConfig();
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, EnrichedArticle> producer =
             new KafkaProducer<>(config, new StringSerializer(), serializer)) {
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(topic, "p" + i, TestArticles.article("p" + i, "Title " + i)));
      }
      producer.flush();
    }
  }

  /** A store that fails its first writes, as a database that is down would. */
  private static final class FlakyStore implements dev.newsflow.sink.store.ArticleStore {
    private int failuresLeft;
    int failures;
    final List<EnrichedArticle> stored = new ArrayList<>();
    final List<Integer> batchSizes = new java.util.concurrent.CopyOnWriteArrayList<>();

    FlakyStore(int failures) {
      this.failuresLeft = failures;
    }

    @Override
    public void write(List<EnrichedArticle> batch) {
      if (failuresLeft > 0) {
        failuresLeft--;
        failures++;
        throw new IllegalStateException("store down");
      }
      stored.addAll(batch);
      batchSizes.add(batch.size());
    }

    @Override
    public void delete(java.util.Collection<String> ids) {
      throw new UnsupportedOperationException("no tombstones in this test");
    }

    @Override
    public String name() {
      return "flaky";
    }

    @Override
    public void close() {}
  }

  static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaSettings kafka, String topic, int expected) {
    return TopicReader.readCommitted(kafka.clientConfig(), topic, expected, Duration.ofSeconds(30));
  }

  static void await(BooleanSupplier condition, Duration timeout) {
    Await.until("sink condition", condition, timeout);
  }
}
