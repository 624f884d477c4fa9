package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.cli.run.BundledSamples;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on the real broker and registry: ingest → enrich → news.enriched and the JSON Lines sink. */
@ExtendWith(NewsflowClusterExtension.class)
class PipelineEndToEndIT {

  @TempDir
  Path dir;

  @Test
  void shouldEnrichEverySampleExactlyOnceAndDeadLetterThePoisonRecord(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("e2e.raw", "e2e.enriched", "e2e.dlq");
    cluster.createTopics(3, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    List<RawArticle> samples = BundledSamples.load(new ArticleFileReader());
    Set<String> ids = samples.stream().map(RawArticle::getId).collect(Collectors.toSet());
    assertThat(ids).hasSize(samples.size());

    EnrichConfig enrichConfig = EnrichConfig.builder(kafka).topics(topics).applicationId("e2e-enrich")
        .stateDir(dir.resolve("streams")).build();
    Path sinkFile = dir.resolve("enriched.jsonl");
    byte[] poison = "{not avro at all".getBytes(StandardCharsets.UTF_8);
    try (EnrichService enrich = new EnrichService(enrichConfig);
         SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics).withGroupId("e2e-sink"),
             new JsonLinesStore(sinkFile))) {
      enrich.start(Duration.ofSeconds(60));
      sink.start();
      try (ArticlePublisher publisher = new ArticlePublisher(kafka, topics.raw());
           KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(),
               new ByteArraySerializer())) {
        publisher.publish(samples.get(0)).get();
        raw.send(new ProducerRecord<>(topics.raw(), "poison".getBytes(StandardCharsets.UTF_8), poison)).get();
        for (RawArticle sample : samples.subList(1, samples.size())) {
          publisher.publish(sample).get();
        }
      }

      List<ConsumerRecord<byte[], byte[]>> enriched = read(kafka, topics.enriched(), samples.size());
      AvroDeserializer<EnrichedArticle> deserializer = new AvroDeserializer<>(EnrichedArticle.class);
      deserializer.configure(kafka.clientConfig(), false);
      List<EnrichedArticle> articles = new ArrayList<>();
      enriched.forEach(r -> articles.add(deserializer.deserialize(r.topic(), r.value())));
      assertThat(articles).extracting(EnrichedArticle::getId).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(articles).allSatisfy(a -> {
        assertThat(a.getTitle()).isNotBlank();
        assertThat(a.getText()).isNotBlank();
      });

      List<ConsumerRecord<byte[], byte[]>> dead = read(kafka, topics.dlq(), 1);
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).value()).isEqualTo(poison);
      assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");

      Await.until("the sink wrote every sample", () -> sink.written() >= samples.size(), Duration.ofSeconds(60));
      assertThat(sink.written()).isEqualTo(samples.size());
    }
    List<String> lines = Files.readAllLines(sinkFile);
    assertThat(lines).hasSize(samples.size());
    for (String id : ids) {
      assertThat(lines).filteredOn(l -> l.contains("\"id\":\"" + id + "\"")).hasSize(1);
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> read(KafkaSettings kafka, String topic, int expected) {
    return TopicReader.readCommitted(kafka.clientConfig(), topic, expected, Duration.ofSeconds(90));
  }
}
