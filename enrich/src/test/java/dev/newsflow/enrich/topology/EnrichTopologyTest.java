package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.TopicNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");

  private EnrichTopologyHarness harness;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void setUp() {
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(), Clock.fixed(NOW, ZoneOffset.UTC));
    // at_least_once: the test driver's exactly-once simulation drops the dead letter that the deserialization
    // handler sends; on a real broker it arrives under exactly_once_v2, which PipelineEndToEndIT checks.
    use(EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once"),
        EnrichStages.cleanOnly(enricher::enrich)));
  }

  /** Runs the test on {@code next} instead of the harness started so far. */
  private void use(EnrichTopologyHarness next) {
    if (harness != null) {
      harness.close();
    }
    harness = next;
    raw = harness.raw();
    enriched = harness.enriched();
    dlq = harness.dlq();
  }

  @AfterEach
  void tearDown() {
    harness.close();
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

  // Issue 19: the page's day and offset travel with the UTC instant, which falls on the day before here.
  @Test
  void shouldCarryThePagesOwnPublishDayAndOffset() {
    raw.pipeInput("id-d", article("id-d", ContentType.HTML, "<html><head><meta property=\"article:published_time\" "
        + "content=\"2025-03-16T00:30:00+01:00\"><title>Bridge vote</title></head><body><p>The council voted.</p>"
        + "</body></html>"));
    EnrichedArticle article = enriched.readValue();
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2025-03-15T23:30:00Z"));
    assertThat(article.getPublishedDate()).isEqualTo("2025-03-16");
    assertThat(article.getPublishedOffset()).isEqualTo("+01:00");
    assertThat(article.getExtraction()).containsEntry("publishedAt", "article:published_time");
  }

  @Test
  void shouldTakeTheFirstLineOfTextAsTitle() {
    raw.pipeInput("id-2", article("id-2", ContentType.TEXT, "Harbour reopens\nShips sailed again on Tuesday."));
    EnrichedArticle article = enriched.readValue();
    assertThat(article.getTitle()).isEqualTo("Harbour reopens");
    assertThat(article.getText()).isEqualTo("Ships sailed again on Tuesday.");
    assertThat(enriched.isEmpty()).isTrue();
  }

  /** Issue 16, item 1: the paragraph became the title, the text was empty and the title field was dropped. */
  @Test
  void shouldKeepTheTextOfATextArticleAndItsTitleField() {
    String paragraph = "Ships sailed again on Tuesday after the harbour reopened, the port authority said.";
    RawArticle withTitle = article("id-t", ContentType.TEXT, paragraph);
    withTitle.setTitle("Harbour reopens");
    raw.pipeInput("id-t", withTitle);

    EnrichedArticle article = enriched.readValue();
    assertThat(article.getTitle()).isEqualTo("Harbour reopens");
    assertThat(article.getText()).isEqualTo(paragraph);
    assertThat(article.getWordCount()).isEqualTo(13);
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldRouteUndeserializableRecordToDlqAndKeepGoing() {
    byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
    harness.rawBytes().pipeInput("bad".getBytes(StandardCharsets.UTF_8), garbage);
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
    assertThat(harness.droppedRecords()).isEqualTo(1.0);
  }

  @Test
  void shouldRouteStageFailureToDlqWithTheStageName() {
    ArticleEnricher enricher = new ArticleEnricher();
    use(EnrichTopologyHarness.start(EnrichStages.cleanOnly(rawArticle -> {
      if (rawArticle.getContent().startsWith("explode")) {
        throw new IllegalStateException("stage failed on purpose");
      }
      return enricher.enrich(rawArticle);
    })));

    raw.pipeInput("boom", article("boom", ContentType.TEXT, "explode\nplease"));
    raw.pipeInput("fine", article("fine", ContentType.TEXT, "Fine title\nfine body"));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.CLEAN);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("stage failed on purpose");
    assertThat(harness.rawArticleOf(dead).getId()).isEqualTo("boom");
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(enriched.readValue().getId()).isEqualTo("fine");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldTagEntitiesAndTopicsWithTheDefaultStages() {
    // The stages EnrichTopology.build(config) loads in production.
    use(EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once"),
        config -> EnrichStages.load(config.cleanLimits(), config.tagging())));

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
    ArticleTagger failingEntities = new ArticleTagger((title, text) -> {
      if (text.contains("explode")) {
        throw new IllegalStateException("entities failed on purpose");
      }
      return List.of();
    }, input -> List.of());
    use(EnrichTopologyHarness.start(EnrichStages.of(new ArticleEnricher()::enrich, failingEntities)));

    raw.pipeInput("boom", article("boom", ContentType.TEXT, "Title\nplease explode"));
    raw.pipeInput("fine", article("fine", ContentType.TEXT, "Fine title\nfine body"));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.ENTITIES);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("entities failed on purpose");
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(enriched.readValue().getId()).isEqualTo("fine");
    assertThat(enriched.isEmpty()).isTrue();
  }

  /** Issue 16, item 2: the input key (null, or not the id) used to be passed on. */
  @Test
  void shouldKeyEnrichedRecordsByArticleIdWhateverTheInputKey() {
    String longBody = "Ships sailed again on Tuesday after the harbour reopened to traffic. ".repeat(20);
    raw.pipeInput((String) null, article("short-1", ContentType.TEXT, "Harbour reopens\nShips sailed again."));
    raw.pipeInput("not-the-id", article("short-2", ContentType.TEXT, "Bridge opens\nCars crossed it."));
    raw.pipeInput((String) null, article("long-1", ContentType.TEXT, "Harbour reopens\n" + longBody));

    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key + "=" + kv.value.getId())
        .containsExactlyInAnyOrder("short-1=short-1", "short-2=short-2", "long-1=long-1");
    assertThat(dlq.isEmpty()).isTrue();
  }

  /** Issue 16, item 3: a tombstone was dropped silently, and the same content published again was a "repeat". */
  @Test
  void shouldForwardATombstoneForTheIdAndForgetItsDedupeState() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(), Clock.fixed(NOW, ZoneOffset.UTC));
    use(EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once"),
        config -> EnrichStages.cleanOnly(enricher::enrich), EnrichMetrics.of(registry)));
    RawArticle story = article("gone", ContentType.TEXT, "Harbour reopens\nShips sailed again on Tuesday.");

    raw.pipeInput("gone", story);
    raw.pipeInput("gone", story); // an exact repeat: dropped
    assertThat(enriched.readKeyValue().key).isEqualTo("gone");
    assertThat(enriched.isEmpty()).isTrue();

    raw.pipeInput("gone", null);
    TestRecord<String, EnrichedArticle> tombstone = enriched.readRecord();
    assertThat(tombstone.key()).isEqualTo("gone");
    assertThat(tombstone.value()).isNull();
    assertThat(harness.driver().<String, String>getTimestampedKeyValueStore(ExactDedupeProcessor.STORE).get("gone"))
        .isNull();
    assertThat(registry.get(PipelineMetrics.DELETES).tag("stage", "enrich").counter().count()).isEqualTo(1.0);

    raw.pipeInput("gone", story); // published again after the delete: new, not a repeat
    assertThat(enriched.readValue().getId()).isEqualTo("gone");
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void shouldDeadLetterATombstoneWithoutKey() {
    raw.pipeInput((String) null, null);
    raw.pipeInput("id-4", article("id-4", ContentType.TEXT, "Still here\nStill flowing."));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.DELETE);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("tombstone without a key");
    assertThat(dlq.isEmpty()).isTrue();
    assertThat(enriched.readValue().getId()).isEqualTo("id-4");
    assertThat(enriched.isEmpty()).isTrue();
  }

  private static RawArticle article(String id, ContentType type, String content) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(type).setContent(content).setFetchedAt(NOW.minusSeconds(60)).build();
  }
}
