package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.schemas.serde.AvroSerializer;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 1: one record can never stop enrich. Each case sends one large record and then a normal one on the
 * real embedded broker, with exactly-once processing, and expects exactly one outcome for the large record
 * (enriched, or one dead letter) and the normal one enriched after it. On the code before the fix the stream
 * thread died on the large record, was replaced, and died again on the same offset, so nothing after it came out.
 */
@ExtendWith(NewsflowClusterExtension.class)
class PoisonPillIT {

  private static final Duration OUTCOME = Duration.ofSeconds(150);
  /** Words of ordinary news prose, drawn at random so the text is long but still compresses as text does. */
  private static final String[] WORDS = ("the council said on tuesday that its budget for roads and schools would "
      + "rise next year after a long debate in which members of both parties argued over taxes housing transport "
      + "and the cost of energy for families across the region while officials warned that prices could climb "
      + "again if the winter is cold and supply remains tight in the markets where traders watch every report")
      .split(" ");

  @TempDir
  Path dir;

  @Test
  void shouldEnrichAnArticleOf1Point7MegabytesAndTheNextOne(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("poison-big.raw", "poison-big.enriched", "poison-big.dlq");
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    String text = prose(1_700_000);

    try (EnrichService enrich = new EnrichService(config(kafka, topics, "poison-big"))) {
      enrich.start(Duration.ofSeconds(60));
      publish(kafka, topics.raw(), article("big", "A very long report\n\n" + text));
      publish(kafka, topics.raw(), article("next", "Next story\n\nThe mayor opened a new bridge over the river."));

      List<EnrichedArticle> enriched = enriched(kafka, topics.enriched(), 2);
      // "next" is too short for the near-duplicate bands and may overtake the big one.
      assertThat(enriched).extracting(EnrichedArticle::getId).containsExactlyInAnyOrder("big", "next");
      assertThat(enriched).filteredOn(article -> article.getId().equals("big"))
          .allSatisfy(article -> assertThat(article.getText().length()).isGreaterThan(1_600_000));
      assertThat(TopicReader.readCommitted(kafka.clientConfig(), topics.dlq(), 1, Duration.ofSeconds(3))).isEmpty();
      assertThat(enrich.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }
  }

  @Test
  void shouldSendAnUndeserializableRecordOf1Point05MegabytesToTheDlqOnceAndGoOn(TestCluster cluster)
      throws Exception {
    TopicNames topics = new TopicNames("poison-bytes.raw", "poison-bytes.enriched", "poison-bytes.dlq");
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    byte[] poison = new byte[1_050_000];
    Arrays.fill(poison, (byte) 'x');

    try (EnrichService enrich = new EnrichService(config(kafka, topics, "poison-bytes"))) {
      enrich.start(Duration.ofSeconds(60));
      publishBytes(kafka, topics.raw(), "poison", poison);
      publish(kafka, topics.raw(), article("next", "Next story\n\nThe mayor opened a new bridge over the river."));

      assertThat(enriched(kafka, topics.enriched(), 1)).extracting(EnrichedArticle::getId).containsExactly("next");
      List<ConsumerRecord<byte[], byte[]>> dead = TopicReader.readCommitted(kafka.clientConfig(), topics.dlq(), 1,
          OUTCOME);
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).value()).isEqualTo(poison);
      assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");
      assertThat(headerBytes(dead.get(0))).isLessThan(8 * 1024);
    }
  }

  @Test
  void shouldCutADeadLetterToWhatAnExistingDlqTopicAdmits(TestCluster cluster) throws Exception {
    TopicNames topics = new TopicNames("poison-cut.raw", "poison-cut.enriched", "poison-cut.dlq");
    // Created before enrich, with the broker's default limit of about 1 MB.
    cluster.createTopics(3, topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    byte[] poison = new byte[1_500_000];
    Arrays.fill(poison, (byte) 'y');

    try (EnrichService enrich = new EnrichService(config(kafka, topics, "poison-cut"))) {
      enrich.start(Duration.ofSeconds(60));
      publishBytes(kafka, topics.raw(), "poison", poison);
      publish(kafka, topics.raw(), article("next", "Next story\n\nThe mayor opened a new bridge over the river."));

      assertThat(enriched(kafka, topics.enriched(), 1)).extracting(EnrichedArticle::getId).containsExactly("next");
      List<ConsumerRecord<byte[], byte[]>> dead = TopicReader.readCommitted(kafka.clientConfig(), topics.dlq(), 1,
          OUTCOME);
      assertThat(dead).hasSize(1);
      byte[] value = dead.get(0).value();
      assertThat(value.length).isBetween(1_000_000, 1_048_588);
      assertThat(value).isEqualTo(Arrays.copyOf(poison, value.length));
      assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_VALUE_TRUNCATED)).isEqualTo("1500000");
      assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_OFFSET)).isEqualTo("0");
    }
  }

  @Test
  void shouldSendAnArticleTooLargeForAnExistingEnrichedTopicToTheDlqAndGoOn(TestCluster cluster)
      throws Exception {
    TopicNames topics = new TopicNames("poison-out.raw", "poison-out.enriched", "poison-out.dlq");
    // news.enriched created before enrich with the broker's default limit: a 1.7 MB article cannot go there.
    cluster.createTopics(3, topics.enriched());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());

    try (EnrichService enrich = new EnrichService(config(kafka, topics, "poison-out"))) {
      enrich.start(Duration.ofSeconds(60));
      publish(kafka, topics.raw(), article("big", "A very long report\n\n" + prose(1_700_000)));
      publish(kafka, topics.raw(), article("next", "Next story\n\nThe mayor opened a new bridge over the river."));

      assertThat(enriched(kafka, topics.enriched(), 1)).extracting(EnrichedArticle::getId).containsExactly("next");
      List<ConsumerRecord<byte[], byte[]>> dead = TopicReader.readCommitted(kafka.clientConfig(), topics.dlq(), 1,
          OUTCOME);
      assertThat(dead).hasSize(1);
      assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.SINK);
      assertThat(DeadLetters.get(dead.get(0).headers(), DeadLetters.HEADER_EXCEPTION))
          .isEqualTo("org.apache.kafka.common.errors.RecordTooLargeException");
      assertThat(enrich.liveness().check().ready()).isTrue();
    }
  }

  private EnrichConfig config(KafkaSettings kafka, TopicNames topics, String applicationId) {
    return EnrichConfig.builder(kafka).topics(topics).applicationId(applicationId).partitions(1)
        .stateDir(dir.resolve("streams")).build();
  }

  private static RawArticle article(String id, String content) {
    return RawArticle.newBuilder().setId(id).setSourceId("it").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent(content).setFetchedAt(Instant.now()).build();
  }

  /** As the ingest publisher sends: zstd, requests up to 16 MB (the broker checks the compressed batch). */
  private static Map<String, Object> producerConfig(KafkaSettings kafka) {
    Map<String, Object> config = kafka.clientConfig();
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    return config;
  }

  private static void publish(KafkaSettings kafka, String topic, RawArticle article) throws Exception {
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(kafka.clientConfig(), false);
    try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerConfig(kafka),
        new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(topic, article.getId(), article)).get();
    }
  }

  private static void publishBytes(KafkaSettings kafka, String topic, String key, byte[] value) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(kafka),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
    }
  }

  private static List<EnrichedArticle> enriched(KafkaSettings kafka, String topic, int expected) {
    AvroDeserializer<EnrichedArticle> deserializer = new AvroDeserializer<>(EnrichedArticle.class);
    deserializer.configure(kafka.clientConfig(), false);
    return TopicReader.readCommitted(kafka.clientConfig(), topic, expected, OUTCOME).stream()
        .map(record -> deserializer.deserialize(topic, record.value())).toList();
  }

  private static int headerBytes(ConsumerRecord<byte[], byte[]> record) {
    int total = 0;
    for (Header header : record.headers()) {
      total += header.key().length() + (header.value() == null ? 0 : header.value().length);
    }
    return total;
  }

  /** About {@code chars} characters of paragraphs of random sentences. */
  private static String prose(int chars) {
    Random random = new Random(15);
    StringBuilder text = new StringBuilder(chars + 200);
    while (text.length() < chars) {
      for (int sentence = 0; sentence < 5; sentence++) {
        int words = 8 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
          String word = WORDS[random.nextInt(WORDS.length)];
          text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
          text.append(i == words - 1 ? ". " : " ");
        }
      }
      text.append("\n\n");
    }
    return text.toString();
  }
}
