package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.Topic;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class TopologyHarnessTest {

  private static final String APP_ID = "topology-harness-test";
  private static final Topic<String, String> WORDS = new Topic<>("words", Serdes.String(), Serdes.String());
  private static final Topic<String, String> SHOUTED = new Topic<>("shouted", Serdes.String(), Serdes.String());
  private static final Topic<String, Integer> NUMBERS = new Topic<>("numbers", Serdes.String(), Serdes.Integer());
  private static final Topic<String, Integer> PLUS_ONE = new Topic<>("plus-one", Serdes.String(), Serdes.Integer());
  private static final Topic<String, Long> COUNTS = new Topic<>("counts", Serdes.String(), Serdes.Long());

  @Test
  void shouldRoundTripRecordsThroughTypedTopics() {
    try (TopologyHarness harness = new TopologyHarness()) {
      harness.start(shout(), properties());
      TestInputTopic<String, String> words = harness.input(WORDS);
      TestOutputTopic<String, String> shouted = harness.output(SHOUTED);

      words.pipeInput("a", "hello");
      words.pipeInput("b", "world");

      assertThat(shouted.readKeyValuesToList()).containsExactly(KeyValue.pair("a", "HELLO"),
          KeyValue.pair("b", "WORLD"));
      assertThat(shouted.isEmpty()).isTrue();
    }
  }

  @Test
  void shouldKeepStateInItsOwnDirectoryAndDeleteItOnClose() {
    TopologyHarness first = new TopologyHarness();
    TopologyHarness second = new TopologyHarness();
    try (first; second) {
      // The same application id twice at once: under one state directory the second would wait for the lock.
      first.start(count(), properties());
      second.start(count(), properties());
      first.input(WORDS).pipeInput("a", "x");
      second.input(WORDS).pipeInput("a", "y");
      second.input(WORDS).pipeInput("a", "z");

      assertThat(first.stateDir()).isNotEqualTo(second.stateDir());
      assertThat(first.stateDir().resolve(APP_ID)).isDirectory();
      assertThat(second.stateDir().resolve(APP_ID)).isDirectory();
      assertThat(first.output(COUNTS).readKeyValuesToList()).containsExactly(KeyValue.pair("a", 1L));
      assertThat(second.output(COUNTS).readKeyValuesToList())
          .containsExactly(KeyValue.pair("a", 1L), KeyValue.pair("a", 2L));
    }
    assertThat(first.stateDir()).doesNotExist();
    assertThat(second.stateDir()).doesNotExist();
  }

  @Test
  void shouldDeleteTheStateDirectoryWhenNoTopologyWasStarted() {
    TopologyHarness harness = new TopologyHarness();
    Path stateDir = harness.stateDir();
    assertThat(stateDir).isDirectory();

    harness.close();

    assertThat(stateDir).doesNotExist();
  }

  @Test
  void shouldSerializeInItsOwnRegistryScopeAndDropItOnClose() {
    String scope;
    try (TopologyHarness harness = new TopologyHarness(); TopologyHarness other = new TopologyHarness()) {
      scope = harness.registryScope();
      assertThat(harness.registryUrl()).isEqualTo("mock://" + scope);
      assertThat(other.registryScope()).isNotEqualTo(scope);
      PipelineTopics topics = PipelineTopics.of(TopicNames.defaults(),
          Map.of("schema.registry.url", harness.registryUrl()));
      Topic<String, RawArticle> copies = new Topic<>("copies", Serdes.String(), topics.raw().valueSerde());
      harness.start(copy(topics.raw(), copies), properties());

      RawArticle article = article("a");
      harness.input(topics.raw()).pipeInput("a", article);

      assertThat(harness.output(copies).readKeyValuesToList()).containsExactly(KeyValue.pair("a", article));
      assertThat(SchemaRegistryClients.mockScope(scope).subjects())
          .containsExactlyInAnyOrder(TopicNames.DEFAULT_RAW + "-value", "copies-value");
      assertThat(SchemaRegistryClients.mockScope(other.registryScope()).subjects()).isEmpty();
    }
    try {
      assertThat(SchemaRegistryClients.mockScope(scope).subjects()).as("a new, empty registry").isEmpty();
    } finally {
      SchemaRegistryClients.dropScope(scope);
    }
  }

  @Test
  void shouldCountAPoisonRecordAsDroppedAndKeepGoing() {
    Properties props = properties();
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class.getName());
    try (TopologyHarness harness = new TopologyHarness()) {
      StreamsBuilder builder = new StreamsBuilder();
      builder.stream(NUMBERS.name(), Consumed.with(NUMBERS.keySerde(), NUMBERS.valueSerde()))
          .mapValues(n -> n + 1)
          .to(PLUS_ONE.name(), Produced.with(PLUS_ONE.keySerde(), PLUS_ONE.valueSerde()));
      harness.start(builder.build(), props);
      TestOutputTopic<String, Integer> out = harness.output(PLUS_ONE);
      assertThat(harness.droppedRecords()).isZero();

      // Three bytes: not an Integer, which takes four.
      harness.bytesInput(NUMBERS).pipeInput("k".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
      harness.input(NUMBERS).pipeInput("k", 41);

      assertThat(out.readKeyValuesToList()).containsExactly(KeyValue.pair("k", 42));
      assertThat(out.isEmpty()).isTrue();
      assertThat(harness.droppedRecords()).isEqualTo(1.0);
      assertThat(harness.metricTotal("stream-task-metrics", TopologyHarness.DROPPED_RECORDS)).isEqualTo(1.0);
    }
  }

  @Test
  void shouldRejectAStateDirectoryOtherThanItsOwn() throws Exception {
    Path elsewhere = Files.createTempDirectory("elsewhere-");
    try (TopologyHarness harness = new TopologyHarness()) {
      Properties props = properties();
      props.put(StreamsConfig.STATE_DIR_CONFIG, elsewhere.toString());

      assertThatThrownBy(() -> harness.start(shout(), props))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(elsewhere.toString());
      props.put(StreamsConfig.STATE_DIR_CONFIG, harness.stateDir().toString());
      harness.start(shout(), props);
      harness.input(WORDS).pipeInput("a", "ok");
      assertThat(harness.output(SHOUTED).readValue()).isEqualTo("OK");
    } finally {
      Files.delete(elsewhere);
    }
  }

  @Test
  void shouldRunOneTopologyPerHarness() {
    try (TopologyHarness harness = new TopologyHarness()) {
      assertThatThrownBy(() -> harness.input(WORDS)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no topology started");
      harness.start(shout(), properties());

      assertThatThrownBy(() -> harness.start(shout(), properties())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("one per harness");
    }
  }

  private static Properties properties() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    return props;
  }

  private static Topology shout() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(WORDS.name(), Consumed.with(WORDS.keySerde(), WORDS.valueSerde()))
        .mapValues(word -> word.toUpperCase())
        .to(SHOUTED.name(), Produced.with(SHOUTED.keySerde(), SHOUTED.valueSerde()));
    return builder.build();
  }

  /** Counts words per key in a persistent store, which lives in the state directory. */
  private static Topology count() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(WORDS.name(), Consumed.with(WORDS.keySerde(), WORDS.valueSerde()))
        .groupByKey(Grouped.with(WORDS.keySerde(), WORDS.valueSerde()))
        .count(Materialized.as(Stores.persistentKeyValueStore("word-counts")))
        .toStream()
        .to(COUNTS.name(), Produced.with(COUNTS.keySerde(), COUNTS.valueSerde()));
    return builder.build();
  }

  private static <K, V> Topology copy(Topic<K, V> from, Topic<K, V> to) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(from.name(), Consumed.with(from.keySerde(), from.valueSerde()))
        .to(to.name(), Produced.with(to.keySerde(), to.valueSerde()));
    return builder.build();
  }

  private static RawArticle article(String id) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent("Title\nBody.").setFetchedAt(Instant.EPOCH).build();
  }
}
