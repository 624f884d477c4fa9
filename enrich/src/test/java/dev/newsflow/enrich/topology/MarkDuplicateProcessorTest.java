package dev.newsflow.enrich.topology;

import static dev.newsflow.enrich.topology.DedupeArticles.T0;
import static dev.newsflow.enrich.topology.DedupeArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.testkit.MetricTotals;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The end of the band chain alone: articles keyed by id again, copies marked with their original. */
class MarkDuplicateProcessorTest {

  private static final long BAND_VALUE = 0x5678L;
  private static final long AT = T0.toEpochMilli();

  private MockProcessorContext<String, EnrichedArticle> context;
  private MarkDuplicateProcessor processor;

  @BeforeEach
  void setUp() {
    context = new MockProcessorContext<>();
    processor = new MarkDuplicateProcessor();
    processor.init(context);
  }

  @Test
  void shouldMarkACopyWithItsOriginalAndKeyItById() {
    EnrichedArticle copy = article("b", "hash-b", 120, 1L);

    processor.process(new Record<>(BAND_VALUE, new NearCandidate(copy, new Original("a", AT - 1000)), AT));

    EnrichedArticle marked = article("b", "hash-b", 120, 1L);
    marked.setDuplicateOf("a");
    assertThat(context.forwarded()).containsExactly(new CapturedForward<>(new Record<>("b", marked, AT)));
    assertThat(markedTotal()).isEqualTo(1.0);
  }

  @Test
  void shouldPassAnArticleWithoutOriginalUnmarkedKeyedById() {
    EnrichedArticle original = article("a", "hash-a", 120, 1L);

    processor.process(new Record<>(BAND_VALUE, new NearCandidate(original, null), AT));

    assertThat(context.forwarded()).containsExactly(
        new CapturedForward<>(new Record<>("a", article("a", "hash-a", 120, 1L), AT)));
    assertThat(markedTotal()).isZero();
  }

  @Test
  void shouldKeepTheRecordsHeaders() {
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace", "t-1".getBytes(StandardCharsets.UTF_8));

    processor.process(new Record<>(BAND_VALUE, new NearCandidate(article("a", "hash-a", 120, 1L), null), AT,
        headers));

    assertThat(context.forwarded()).singleElement()
        .satisfies(f -> assertThat(f.record().headers().lastHeader("trace").value())
            .isEqualTo("t-1".getBytes(StandardCharsets.UTF_8)));
  }

  private double markedTotal() {
    return MetricTotals.sum(context.metrics().metrics(), "stream-newsflow-dedupe-metrics",
        DedupeMetrics.NEAR_DUPLICATES_MARKED + "-total");
  }
}
