package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import dev.newsflow.schemas.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

  private static final String REGISTRY = "mock://enrich-topology-test";
  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");

  // Each test its own state directory: the Streams default under /tmp is shared with any other run.
  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestInputTopic<byte[], byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], byte[]> dlq;
  private AvroSerde<RawArticle> rawSerde;
  private AvroSerde<EnrichedArticle> enrichedSerde;

  @BeforeEach
  void setUp() {
    KafkaSettings kafka = new KafkaSettings("unused:9092", REGISTRY);
    // at_least_once: the test driver's exactly-once simulation drops the dead letter that the deserialization
    // handler sends; on a real broker it arrives under
    // exactly_once_v2, which PipelineEndToEndIT checks.
    EnrichConfig config = EnrichConfig.builder(kafka).stateDir(stateDir).processingGuarantee("at_least_once").build();
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(), Clock.fixed(NOW, ZoneOffset.UTC));
    Properties props = config.streamsProperties();
    driver = new TopologyTestDriver(EnrichTopology.build(config, EnrichStages.cleanOnly(enricher::enrich), EnrichMetrics.none()), props);

    rawSerde = AvroSerde.forClass(RawArticle.class, config.serdeConfig(), false);
    enrichedSerde = AvroSerde.forClass(EnrichedArticle.class, config.serdeConfig(), false);
    raw = driver.createInputTopic(TopicNames.DEFAULT_RAW, new StringSerializer(), rawSerde.serializer());
    rawBytes = driver.createInputTopic(TopicNames.DEFAULT_RAW, new ByteArraySerializer(), new ByteArraySerializer());
    enriched = driver.createOutputTopic(TopicNames.DEFAULT_ENRICHED, new StringDeserializer(),
        enrichedSerde.deserializer());
    dlq = driver.createOutputTopic(TopicNames.DEFAULT_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
    SchemaRegistryClients.dropScope("enrich-topology-test");
  }

  @Test
  void shouldEnrichRawHtmlWithTitleAndText() {
    raw.pipeInput("id-1", article("id-1", ContentType.HTML,
        "<html><head><title>Bridge vote</title></head><body><nav>Home</nav><p>The council voted.</p></body></html>"));

    TestRecord<String, EnrichedArticle> out = enriched.readRecord();
    assertThat(out.key()).isEqualTo("id-1");
    EnrichedArticle article = out.value();
    assertThat(article.getTitle()).isEqualTo("Bridge vote");
    assertThat(article.getText()).isEqualTo("The council voted.");
    assertThat(article.getWordCount()).isEqualTo(3);
    assertThat(article.getEnrichedAt()).isEqualTo(NOW);
    assertThat(article.getSourceType()).isEqualTo(SourceType.FILE);
    assertThat(article.getContentHash()).hasSize(64);
    assertThat(article.getPipelineVersion()).startsWith("newsflow-");
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void shouldTakeTheFirstLineOfTextAsTitle() {
    raw.pipeInput("id-2", article("id-2", ContentType.TEXT, "Harbour reopens\nShips sailed again on Tuesday."));
    EnrichedArticle article = enriched.readValue();
    assertThat(article.getTitle()).isEqualTo("Harbour reopens");
    assertThat(article.getText()).isEqualTo("Ships sailed again on Tuesday.");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldRouteUndeserializableRecordToDlqAndKeepGoing() {
    byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
    rawBytes.pipeInput("bad".getBytes(StandardCharsets.UTF_8), garbage);
    raw.pipeInput("id-3", article("id-3", ContentType.TEXT, "After the bad one\nStill flowing."));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_TOPIC)).isEqualTo(TopicNames.DEFAULT_RAW);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_OFFSET)).isEqualTo("0");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_EXCEPTION)).isNotBlank();
    assertThat(dlq.isEmpty()).isTrue();

    assertThat(enriched.readValue().getTitle()).isEqualTo("After the bad one");
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(droppedRecords()).isEqualTo(1.0);
  }

  @Test
  void shouldRouteStageFailureToDlqWithTheStageName() {
    driver.close();
    EnrichConfig config = EnrichConfig.builder(new KafkaSettings("unused:9092", REGISTRY)).stateDir(stateDir).build();
    ArticleEnricher enricher = new ArticleEnricher();
    driver = new TopologyTestDriver(EnrichTopology.build(config, EnrichStages.cleanOnly(rawArticle -> {
      if (rawArticle.getContent().startsWith("explode")) {
        throw new IllegalStateException("stage failed on purpose");
      }
      return enricher.enrich(rawArticle);
    }), EnrichMetrics.none()), config.streamsProperties());
    raw = driver.createInputTopic(TopicNames.DEFAULT_RAW, new StringSerializer(), rawSerde.serializer());
    dlq = driver.createOutputTopic(TopicNames.DEFAULT_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    enriched = driver.createOutputTopic(TopicNames.DEFAULT_ENRICHED, new StringDeserializer(),
        enrichedSerde.deserializer());

    raw.pipeInput("boom", article("boom", ContentType.TEXT, "explode\nplease"));
    raw.pipeInput("fine", article("fine", ContentType.TEXT, "Fine title\nfine body"));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.CLEAN);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("stage failed on purpose");
    assertThat(rawSerde.deserializer().deserialize(TopicNames.DEFAULT_RAW, dead.value()).getId()).isEqualTo("boom");
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(enriched.readValue().getId()).isEqualTo("fine");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldTagEntitiesAndTopicsWithTheDefaultStages() {
    driver.close();
    EnrichConfig config = EnrichConfig.builder(new KafkaSettings("unused:9092", REGISTRY))
        .stateDir(stateDir).processingGuarantee("at_least_once").build();
    driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties());
    raw = driver.createInputTopic(TopicNames.DEFAULT_RAW, new StringSerializer(), rawSerde.serializer());
    enriched = driver.createOutputTopic(TopicNames.DEFAULT_ENRICHED, new StringDeserializer(),
        enrichedSerde.deserializer());

    raw.pipeInput("talks", article("talks", ContentType.TEXT, "Ministers meet in Geneva over the ceasefire\n"
        + "Foreign ministers from France and Germany met in Geneva on Monday to discuss a ceasefire plan. "
        + "The talks, chaired by the United Nations, ended without a deal, officials said.\n\n"
        + "Parliament will vote on the plan next week, the government said."));

    EnrichedArticle article = enriched.readValue();
    assertThat(article.getEntities()).extracting(e -> e.getName() + "/" + e.getType())
        .contains("Geneva/LOCATION", "France/LOCATION", "Germany/LOCATION");
    assertThat(article.getTopics()).isNotEmpty();
    assertThat(article.getTopics().get(0).getRank()).isEqualTo(1);
    assertThat(article.getTopics()).extracting(t -> t.getLabel())
        .containsAnyOf("politics", "conflict, war and peace");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldRouteEntityStageFailureToDlqWithTheStageName() {
    driver.close();
    EnrichConfig config = EnrichConfig.builder(new KafkaSettings("unused:9092", REGISTRY)).stateDir(stateDir).build();
    ArticleTagger failingEntities = new ArticleTagger((title, text) -> {
      if (text.contains("explode")) {
        throw new IllegalStateException("entities failed on purpose");
      }
      return List.of();
    }, input -> List.of());
    driver = new TopologyTestDriver(EnrichTopology.build(config, EnrichStages.of(new ArticleEnricher()::enrich, failingEntities), EnrichMetrics.none()),
        config.streamsProperties());
    raw = driver.createInputTopic(TopicNames.DEFAULT_RAW, new StringSerializer(), rawSerde.serializer());
    dlq = driver.createOutputTopic(TopicNames.DEFAULT_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    enriched = driver.createOutputTopic(TopicNames.DEFAULT_ENRICHED, new StringDeserializer(),
        enrichedSerde.deserializer());

    raw.pipeInput("boom", article("boom", ContentType.TEXT, "Title\nplease explode"));
    raw.pipeInput("fine", article("fine", ContentType.TEXT, "Fine title\nfine body"));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.ENTITIES);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("entities failed on purpose");
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(enriched.readValue().getId()).isEqualTo("fine");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldSkipTombstonesWithoutDeadLetters() {
    raw.pipeInput("gone", null);
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(dlq.isEmpty()).isTrue();
  }

  private double droppedRecords() {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> e : driver.metrics().entrySet()) {
      if (e.getKey().name().equals("dropped-records-total")) {
        total += ((Number) e.getValue().metricValue()).doubleValue();
      }
    }
    return total;
  }

  private static RawArticle article(String id, ContentType type, String content) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(type).setContent(content).setFetchedAt(NOW.minusSeconds(60)).build();
  }
}
