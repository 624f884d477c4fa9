package dev.newsflow.enrich.topology.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoredTermStatisticsTest {

  private KeyValueStore<String, Long> store;

  @BeforeEach
  void setUp() {
    store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("terms"), Serdes.String(), Serdes.Long())
        .withLoggingDisabled().build();
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
  }

  @Test
  void shouldCountAtOnceAndWriteTheStoreOnFlush() {
    StoredTermStatistics terms = new StoredTermStatistics(store);

    terms.add(List.of("flood", "river"));
    terms.add(List.of("flood"));

    assertThat(terms.documents()).isEqualTo(2);
    assertThat(terms.frequency("flood")).isEqualTo(2);
    assertThat(terms.frequency("river")).isEqualTo(1);
    assertThat(store.get("flood")).isNull();

    terms.flush();

    assertThat(store.get("flood")).isEqualTo(2L);
    assertThat(store.get("river")).isEqualTo(1L);
    assertThat(store.get(StoredTermStatistics.DOCUMENTS)).isEqualTo(2L);
  }

  @Test
  void shouldGoOnFromTheStoredCountsAfterARestart() {
    StoredTermStatistics before = new StoredTermStatistics(store);
    before.add(List.of("flood"));
    before.flush();

    StoredTermStatistics after = new StoredTermStatistics(store);
    after.add(List.of("flood", "dam"));
    after.flush();

    assertThat(store.get("flood")).isEqualTo(2L);
    assertThat(store.get("dam")).isEqualTo(1L);
    assertThat(after.documents()).isEqualTo(2);
  }
}
