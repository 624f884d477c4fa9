package dev.newsflow.enrich.topology;

import static dev.newsflow.enrich.topology.DedupeArticles.T0;
import static dev.newsflow.enrich.topology.DedupeArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.testkit.FixedKeyMockContext;
import dev.newsflow.testkit.MetricTotals;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact-dedupe processor alone: what it forwards, remembers and counts for given records. */
class ExactDedupeProcessorTest {

  private static final Duration RETENTION = Duration.ofDays(7);
  private static final int WORDS = 120;

  private MockProcessorContext<String, EnrichedArticle> context;
  private TimestampedKeyValueStore<String, String> store;
  private FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> processor;

  @BeforeEach
  void setUp() {
    processor = processorWith(RETENTION);
  }

  private FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> processorWith(Duration retention) {
    context = new MockProcessorContext<>();
    store = Stores.timestampedKeyValueStoreBuilder(Stores.inMemoryKeyValueStore(ExactDedupeProcessor.STORE),
        Serdes.String(), Serdes.String()).withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> created =
        ExactDedupeProcessor.supplier(retention).get();
    created.init(new FixedKeyMockContext<>(context));
    return created;
  }

  @Test
  void shouldForwardANewArticleAndRememberItsHash() {
    EnrichedArticle article = article("a", "hash-1", WORDS, 1L);

    processor.process(record(article, T0));

    assertThat(context.forwarded()).containsExactly(forward(article, T0));
    assertThat(store.get("a")).isEqualTo(ValueAndTimestamp.make("hash-1", T0.toEpochMilli()));
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isZero();
    assertThat(metric(DedupeMetrics.UPDATES)).isZero();
  }

  @Test
  void shouldDropARepeatWithinTheRetentionAndCountIt() {
    EnrichedArticle first = article("a", "hash-1", WORDS, 1L);
    Instant later = T0.plus(Duration.ofDays(6));

    processor.process(record(first, T0));
    processor.process(record(article("a", "hash-1", WORDS, 1L), later));

    assertThat(context.forwarded()).containsExactly(forward(first, T0));
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isEqualTo(1.0);
    assertThat(store.get("a").timestamp()).as("last seen, refreshed by the repeat").isEqualTo(later.toEpochMilli());
  }

  @Test
  void shouldKeepTheLatestSightingWhenARepeatArrivesOutOfOrder() {
    Instant later = T0.plusSeconds(3600);
    EnrichedArticle first = article("a", "hash-1", WORDS, 1L);
    processor.process(record(first, later));
    processor.process(record(article("a", "hash-1", WORDS, 1L), T0));

    assertThat(context.forwarded()).containsExactly(forward(first, later));
    assertThat(store.get("a")).isEqualTo(ValueAndTimestamp.make("hash-1", later.toEpochMilli()));
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isEqualTo(1.0);
  }

  @Test
  void shouldForwardAChangedHashUnderTheSameIdAsAnUpdate() {
    EnrichedArticle first = article("a", "hash-1", WORDS, 1L);
    EnrichedArticle update = article("a", "hash-2", WORDS, 1L);

    processor.process(record(first, T0));
    processor.process(record(update, T0.plusSeconds(60)));

    assertThat(context.forwarded()).containsExactly(forward(first, T0), forward(update, T0.plusSeconds(60)));
    assertThat(store.get("a").value()).isEqualTo("hash-2");
    assertThat(metric(DedupeMetrics.UPDATES)).isEqualTo(1.0);
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isZero();
  }

  @Test
  void shouldTreatARepeatAfterTheRetentionAsNew() {
    EnrichedArticle first = article("a", "hash-1", WORDS, 1L);
    EnrichedArticle again = article("a", "hash-1", WORDS, 1L);
    Instant afterRetention = T0.plus(RETENTION).plusMillis(1);

    processor.process(record(first, T0));
    processor.process(record(again, afterRetention));

    assertThat(context.forwarded()).containsExactly(forward(first, T0), forward(again, afterRetention));
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isZero();
    assertThat(metric(DedupeMetrics.UPDATES)).isZero();
  }

  @Test
  void shouldPassArticlesWithoutTextWithoutRememberingThem() {
    EnrichedArticle empty = article("a", "hash-of-nothing", 0, 0L);

    processor.process(record(empty, T0));
    processor.process(record(empty, T0.plusSeconds(1)));

    assertThat(context.forwarded()).containsExactly(forward(empty, T0), forward(empty, T0.plusSeconds(1)));
    assertThat(store.get("a")).isNull();
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isZero();
  }

  @Test
  void shouldRejectAnArticleWithoutContentHash() {
    EnrichedArticle broken = article("broken", "hash-1", WORDS, 1L);
    broken.setContentHash(null);

    assertThatThrownBy(() -> processor.process(record(broken, T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article broken has no content hash");
    assertThat(context.forwarded()).isEmpty();
    assertThat(store.get("broken")).isNull();
  }

  @Test
  void shouldPurgeHashesUnseenForLongerThanTheRetentionOnStreamTime() {
    processor.process(record(article("old", "hash-1", WORDS, 1L), T0));
    processor.process(record(article("recent", "hash-2", WORDS, 2L), T0.plus(Duration.ofDays(6))));
    CapturedPunctuator purge = context.scheduledPunctuators().get(0);
    assertThat(context.scheduledPunctuators()).hasSize(1);
    assertThat(purge.getType()).isEqualTo(PunctuationType.STREAM_TIME);
    assertThat(purge.getInterval()).as("at most hourly").isEqualTo(Duration.ofHours(1));
    context.resetForwards();

    purge.getPunctuator().punctuate(T0.plus(Duration.ofDays(8)).toEpochMilli());

    assertThat(store.get("old")).as("unseen for 8 days, retention 7").isNull();
    assertThat(store.get("recent")).isNotNull();
    assertThat(context.forwarded()).isEmpty();
  }

  @Test
  void shouldPurgeAsOftenAsAShortRetention() {
    processorWith(Duration.ofMinutes(10));

    assertThat(context.scheduledPunctuators()).singleElement()
        .satisfies(p -> assertThat(p.getInterval()).isEqualTo(Duration.ofMinutes(10)));
  }

  private double metric(String operation) {
    return MetricTotals.sum(context.metrics().metrics(), "stream-newsflow-dedupe-metrics", operation + "-total");
  }

  private static FixedKeyRecord<String, EnrichedArticle> record(EnrichedArticle article, Instant at) {
    return FixedKeyMockContext.record(article.getId(), article, at.toEpochMilli());
  }

  private static CapturedForward<String, EnrichedArticle> forward(EnrichedArticle article, Instant at) {
    return new CapturedForward<>(new Record<>(article.getId(), article, at.toEpochMilli()));
  }
}
