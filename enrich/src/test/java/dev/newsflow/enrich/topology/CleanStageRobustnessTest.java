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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 3, robustness: pages the clean stage refuses or can only partly read never stop the topology. */
class CleanStageRobustnessTest {

  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
  private static final int MAX_CHARS = 2_000;

  private EnrichTopologyHarness harness;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void setUp() {
    ArticleCleaner cleaner = new ArticleCleaner(new CleanLimits(MAX_CHARS, Duration.ofSeconds(10)));
    ArticleEnricher enricher = new ArticleEnricher(cleaner, Clock.fixed(NOW, ZoneOffset.UTC));
    harness = EnrichTopologyHarness.start(EnrichStages.cleanOnly(enricher::enrich));
    raw = harness.raw();
    enriched = harness.enriched();
    dlq = harness.dlq();
  }

  @AfterEach
  void tearDown() {
    harness.close();
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
    assertThat(harness.rawArticleOf(dead).getId()).isEqualTo("huge");
    assertThat(dlq.isEmpty()).isTrue();

    assertThat(enriched.readValue().getText()).isEqualTo("The ferry sailed on time.");
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(harness.droppedRecords()).isEqualTo(1.0);
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

  private static RawArticle article(String id, String html) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.HTML).setContent(html).setFetchedAt(NOW.minusSeconds(60)).build();
  }
}
