package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 4: on the transactional enriched topic (enrich writes it with exactly_once_v2) each transaction
 * ends with a marker; a sink that commits {@code offset + 1} leaves the group's lag at 1 per partition forever.
 */
@ExtendWith(NewsflowClusterExtension.class)
class SinkLagIT {

  @TempDir
  Path dir;

  @Test
  void shouldReachZeroLagOnATransactionalTopicOnceCaughtUp(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("sink-lag.raw", "sink-lag.enriched", "sink-lag.dlq");
    cluster.createTopics(2, topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    produceInTransactions(kafka, topics.enriched(), 3, 4);

    String group = "sink-lag";
    SinkConfig sinkConfig = SinkConfig.defaults(kafka).withTopics(topics).withGroupId(group);
    try (SinkService sink = new SinkService(sinkConfig, new JsonLinesStore(dir.resolve("out.jsonl")));
         Admin admin = Admin.create(kafka.clientConfig())) {
      sink.start();
      Await.until("the sink wrote all 12 articles", () -> sink.written() == 12, Duration.ofSeconds(60));
      Await.until("the group's lag is 0 on every partition", () -> lag(admin, group).values().stream()
          .allMatch(lag -> lag == 0), Duration.ofSeconds(30));
      assertThat(lag(admin, group)).hasSize(2);

      // More transactions while the sink runs: it catches up to 0 again.
      produceInTransactions(kafka, topics.enriched(), 2, 1);
      Await.until("the sink wrote the new articles", () -> sink.written() == 14, Duration.ofSeconds(60));
      Await.until("the group's lag is 0 again", () -> lag(admin, group).values().stream()
          .allMatch(lag -> lag == 0), Duration.ofSeconds(30));
    }
  }

  /** End offset minus committed offset, per partition the group committed, read as kafka-consumer-groups does. */
  static Map<TopicPartition, Long> lag(Admin admin, String group) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
          .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
      Map<TopicPartition, Long> lag = new HashMap<>();
      committed.forEach((partition, offset) -> lag.put(partition, ends.get(partition).offset() - offset.offset()));
      return lag;
    } catch (Exception e) {
      throw new IllegalStateException("could not read the lag of group " + group, e);
    }
  }

  /** {@code transactions} transactions of {@code perTransaction} articles each, keyed by id over both partitions. */
  private static void produceInTransactions(KafkaSettings kafka, String topic, int transactions,
      int perTransaction) {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sink-lag-" + System.nanoTime());
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(config, false);
    try (KafkaProducer<String, EnrichedArticle> producer =
             new KafkaProducer<>(config, new StringSerializer(), serializer)) {
      producer.initTransactions();
      for (int t = 0; t < transactions; t++) {
        producer.beginTransaction();
        for (int i = 0; i < perTransaction; i++) {
          String id = "t" + System.nanoTime() + "-" + i;
          producer.send(new ProducerRecord<>(topic, i % 2, id, TestArticles.article(id, "Title " + id)));
        }
        producer.commitTransaction();
      }
    }
  }
}
