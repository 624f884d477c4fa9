package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class FixedKeyMockContextTest {

  /** Counts values per key in a store; forwards the count, and every value to "shout" shouted. */
  private static final class Counting implements FixedKeyProcessor<String, String, String> {
    private FixedKeyProcessorContext<String, String> context;
    private KeyValueStore<String, Long> counts;

    @Override
    public void init(FixedKeyProcessorContext<String, String> context) {
      this.context = context;
      this.counts = context.getStateStore("counts");
      context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, time -> counts.delete("a"));
    }

    @Override
    public void process(FixedKeyRecord<String, String> record) {
      Long previous = counts.get(record.key());
      long count = previous == null ? 1 : previous + 1;
      counts.put(record.key(), count);
      context.forward(record.withValue(Long.toString(count)));
      context.forward(record.withValue(record.value().toUpperCase()), "shout");
    }
  }

  @Test
  void shouldCaptureWhatAFixedKeyProcessorForwardsWithKeyAndTimestamp() {
    FixedKeyMockContext<String, String> context = contextWithStore();
    Counting processor = new Counting();
    processor.init(context);

    processor.process(FixedKeyMockContext.record("a", "hi", 10L));
    processor.process(FixedKeyMockContext.record("a", "ho", 20L));

    assertThat(context.mock().forwarded()).extracting(CapturedForward::childName, CapturedForward::record)
        .containsExactly(
            tuple(Optional.empty(), new Record<>("a", "1", 10L)),
            tuple(Optional.of("shout"), new Record<>("a", "HI", 10L)),
            tuple(Optional.empty(), new Record<>("a", "2", 20L)),
            tuple(Optional.of("shout"), new Record<>("a", "HO", 20L)));
  }

  @Test
  void shouldReachTheMocksStoresAndPunctuators() {
    FixedKeyMockContext<String, String> context = contextWithStore();
    Counting processor = new Counting();
    processor.init(context);
    processor.process(FixedKeyMockContext.record("a", "hi", 10L));
    KeyValueStore<String, Long> counts = context.mock().getStateStore("counts");
    assertThat(counts.get("a")).isEqualTo(1L);

    assertThat(context.mock().scheduledPunctuators()).singleElement()
        .satisfies(p -> assertThat(p.getInterval()).isEqualTo(Duration.ofMinutes(1)))
        .satisfies(p -> p.getPunctuator().punctuate(60_000L));

    assertThat(counts.get("a")).isNull();
  }

  private static FixedKeyMockContext<String, String> contextWithStore() {
    MockProcessorContext<String, String> mock = new MockProcessorContext<>();
    KeyValueStore<String, Long> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("counts"),
        Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
    store.init(mock.getStateStoreContext(), store);
    mock.addStateStore(store);
    return new FixedKeyMockContext<>(mock);
  }
}
