package dev.newsflow.enrich.topology;

import static dev.newsflow.enrich.topology.DedupeArticles.T0;
import static dev.newsflow.enrich.topology.DedupeArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.dedupe.IndexEntry;
import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.testkit.FixedKeyMockContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One band of the near-duplicate index alone: what it forwards (the candidate with the original found so far) and
 * what it indexes, for records that share a band value.
 */
class NearDedupeProcessorTest {

  private static final int BAND = 1;
  private static final long BAND_VALUE = 0x5678L;
  private static final Duration RETENTION = Duration.ofDays(7);
  private static final int MAX_DISTANCE = 3;
  private static final long SIMHASH = 0x1234_5678_9abc_def0L;

  private MockProcessorContext<Long, NearCandidate> context;
  private WindowStore<Long, byte[]> store;
  private FixedKeyProcessor<Long, NearCandidate, NearCandidate> processor;

  @BeforeEach
  void setUp() {
    context = new MockProcessorContext<>();
    // The processor's store, in memory: every entry of a band value kept, one window as long as the retention.
    store = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(NearDedupeProcessor.storeName(BAND), RETENTION,
        RETENTION, true), Serdes.Long(), Serdes.ByteArray()).withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    processor = NearDedupeProcessor.supplier(BAND, RETENTION, MAX_DISTANCE).get();
    processor.init(new FixedKeyMockContext<>(context));
  }

  @Test
  void shouldForwardAFirstArticleUnmatchedAndIndexItAsItsOwnOriginal() {
    NearCandidate first = candidate("a", SIMHASH, null);

    processor.process(FixedKeyMockContext.record(BAND_VALUE, first, T0.toEpochMilli()));

    assertThat(context.forwarded()).containsExactly(forward(first, T0));
    assertThat(indexed(T0)).containsExactly(new IndexEntry("a", SIMHASH, new Original("a", T0.toEpochMilli())));
  }

  @Test
  void shouldMarkALaterArticleWithinTheDistanceAsACopyOfTheFirstSeen() {
    Instant later = T0.plusSeconds(60);
    long threeBitsOff = SIMHASH ^ 0b1011L;
    NearCandidate first = candidate("a", SIMHASH, null);
    NearCandidate copy = candidate("b", threeBitsOff, null);

    processor.process(FixedKeyMockContext.record(BAND_VALUE, first, T0.toEpochMilli()));
    processor.process(FixedKeyMockContext.record(BAND_VALUE, copy, later.toEpochMilli()));

    Original a = new Original("a", T0.toEpochMilli());
    assertThat(context.forwarded()).containsExactly(forward(first, T0), forward(copy.withOriginal(a), later));
    assertThat(indexed(later)).containsExactly(new IndexEntry("a", SIMHASH, a), new IndexEntry("b", threeBitsOff, a));
  }

  @Test
  void shouldNotMatchBeyondTheMaximumDistance() {
    NearCandidate first = candidate("a", SIMHASH, null);
    NearCandidate far = candidate("b", SIMHASH ^ 0b1111L, null);

    processor.process(FixedKeyMockContext.record(BAND_VALUE, first, T0.toEpochMilli()));
    processor.process(FixedKeyMockContext.record(BAND_VALUE, far, T0.plusSeconds(60).toEpochMilli()));

    assertThat(context.forwarded()).containsExactly(forward(first, T0), forward(far, T0.plusSeconds(60)));
  }

  @Test
  void shouldNotMatchAnArticleWithAnEarlierVersionOfItself() {
    NearCandidate first = candidate("a", SIMHASH, null);
    NearCandidate update = candidate("a", SIMHASH ^ 1L, null);

    processor.process(FixedKeyMockContext.record(BAND_VALUE, first, T0.toEpochMilli()));
    processor.process(FixedKeyMockContext.record(BAND_VALUE, update, T0.plusSeconds(60).toEpochMilli()));

    assertThat(context.forwarded()).containsExactly(forward(first, T0), forward(update, T0.plusSeconds(60)));
  }

  @Test
  void shouldKeepTheEarlierOfTheOriginalFromEarlierBandsAndTheOneFoundHere() {
    Instant later = T0.plusSeconds(60);
    Original laterBand = new Original("y", T0.plusSeconds(30).toEpochMilli());
    Original earlierBand = new Original("z", T0.minusSeconds(60).toEpochMilli());
    NearCandidate first = candidate("a", SIMHASH, null);
    NearCandidate takesA = candidate("b", SIMHASH ^ 1L, laterBand);
    NearCandidate keepsItsOwn = candidate("c", SIMHASH ^ 2L, earlierBand);

    processor.process(FixedKeyMockContext.record(BAND_VALUE, first, T0.toEpochMilli()));
    processor.process(FixedKeyMockContext.record(BAND_VALUE, takesA, later.toEpochMilli()));
    processor.process(FixedKeyMockContext.record(BAND_VALUE, keepsItsOwn, later.toEpochMilli()));

    assertThat(context.forwarded()).containsExactly(forward(first, T0),
        forward(takesA.withOriginal(new Original("a", T0.toEpochMilli())), later), forward(keepsItsOwn, later));
  }

  @Test
  void shouldForgetArticlesIndexedLongerAgoThanTheRetention() {
    Instant afterRetention = T0.plus(RETENTION).plusMillis(1);
    NearCandidate first = candidate("a", SIMHASH, null);
    NearCandidate late = candidate("b", SIMHASH, null);

    processor.process(FixedKeyMockContext.record(BAND_VALUE, first, T0.toEpochMilli()));
    processor.process(FixedKeyMockContext.record(BAND_VALUE, late, afterRetention.toEpochMilli()));

    assertThat(context.forwarded()).containsExactly(forward(first, T0), forward(late, afterRetention));
  }

  /** What the band's store holds under {@link #BAND_VALUE}, over the retention up to {@code now}. */
  private List<IndexEntry> indexed(Instant now) {
    List<IndexEntry> entries = new ArrayList<>();
    try (WindowStoreIterator<byte[]> it = store.fetch(BAND_VALUE, now.minus(RETENTION), now)) {
      it.forEachRemaining(entry -> entries.add(IndexEntry.fromBytes(entry.value)));
    }
    return entries;
  }

  private static NearCandidate candidate(String id, long simhash, Original original) {
    EnrichedArticle article = article(id, "hash-of-" + id, 120, simhash);
    return new NearCandidate(article, original);
  }

  private static CapturedForward<Long, NearCandidate> forward(NearCandidate candidate, Instant at) {
    return new CapturedForward<>(new Record<>(BAND_VALUE, candidate, at.toEpochMilli()));
  }
}
