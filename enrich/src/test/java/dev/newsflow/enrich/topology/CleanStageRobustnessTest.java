package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.extract.ContentTooLargeException;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import dev.newsflow.schemas.serde.AvroSerde;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 3, robustness: pages the clean stage refuses or can only partly read never stop the topology. */
class CleanStageRobustnessTest {

  private static final String SCOPE = "clean-stage-robustness-test";
  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
  private static final int MAX_CHARS = 2_000;

  private TopologyTestDriver driver;
  private AvroSerde<RawArticle> rawSerde;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void setUp() {
    EnrichConfig config = EnrichConfig.builder(new KafkaSettings("unused:9092", "mock://" + SCOPE)).build();
    ArticleCleaner cleaner = new ArticleCleaner(new CleanLimits(MAX_CHARS, Duration.ofSeconds(10)));
    ArticleEnricher enricher = new ArticleEnricher(cleaner, Clock.fixed(NOW, ZoneOffset.UTC));
    driver = new TopologyTestDriver(EnrichTopology.build(config, EnrichStages.cleanOnly(enricher::enrich), EnrichMetrics.none()), config.streamsProperties());
    rawSerde = AvroSerde.forClass(RawArticle.class, config.serdeConfig(), false);
    AvroSerde<EnrichedArticle> enrichedSerde = AvroSerde.forClass(EnrichedArticle.class, config.serdeConfig(), false);
    raw = driver.createInputTopic(TopicNames.DEFAULT_RAW, new StringSerializer(), rawSerde.serializer());
    enriched = driver.createOutputTopic(TopicNames.DEFAULT_ENRICHED, new StringDeserializer(),
        enrichedSerde.deserializer());
    dlq = driver.createOutputTopic(TopicNames.DEFAULT_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
    SchemaRegistryClients.dropScope(SCOPE);
  }

  @Test
  void shouldRouteAPageOverTheSizeBudgetToDlqWithStageCleanAndKeepGoing() {
    raw.pipeInput("huge", article("huge", "<html><body><p>" + "word ".repeat(MAX_CHARS) + "</p></body></html>"));
    raw.pipeInput("fine", article("fine", "<html><body><p>The ferry sailed on time.</p></body></html>"));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.CLEAN);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_EXCEPTION))
        .isEqualTo(ContentTooLargeException.class.getName());
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE))
        .contains("over the clean stage limit of 2000 chars");
    // The original bytes, so the record can be replayed with a larger limit.
    assertThat(rawSerde.deserializer().deserialize(TopicNames.DEFAULT_RAW, dead.value()).getId()).isEqualTo("huge");
    assertThat(dlq.isEmpty()).isTrue();

    assertThat(enriched.readValue().getText()).isEqualTo("The ferry sailed on time.");
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(droppedRecords()).isEqualTo(1.0);
  }

  @Test
  void shouldPassAnEmptyPageThroughWithAWarning() {
    raw.pipeInput("empty", article("empty", ""));

    EnrichedArticle out = enriched.readValue();
    assertThat(out.getText()).isEmpty();
    assertThat(out.getWarnings()).isNotEmpty();
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void shouldPassMisdecodedTextThroughWithAWarning() {
    raw.pipeInput("mojibake", article("mojibake", "<p>Caf\uFFFD cr\uFFFDme on the quay, said the owner.</p>"));

    EnrichedArticle out = enriched.readValue();
    assertThat(out.getText()).contains("Caf\uFFFD");
    assertThat(out.getWarnings()).anyMatch(w -> w.contains("U+FFFD"));
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

  private static RawArticle article(String id, String html) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.HTML).setContent(html).setFetchedAt(NOW.minusSeconds(60)).build();
  }
}
