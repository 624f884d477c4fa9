package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.testkit.TopologyHarness;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The enrich topology in a {@link TopologyHarness}: its config points at the harness's own state directory and
 * registry scope, and its raw, enriched and DLQ test topics are the pipeline's typed topics. Every test that runs
 * the topology in the test driver starts it here. Not thread-safe.
 */
public final class EnrichTopologyHarness implements AutoCloseable {

  private final TopologyHarness harness;
  private final EnrichConfig config;
  private final PipelineTopics topics;
  private final TestInputTopic<String, RawArticle> raw;
  private final TestInputTopic<byte[], byte[]> rawBytes;
  private final TestOutputTopic<String, EnrichedArticle> enriched;
  private final TestOutputTopic<byte[], byte[]> dlq;
  private final TestOutputTopic<String, Story> stories;
  private final TestInputTopic<String, Story> storiesIn;

  private EnrichTopologyHarness(TopologyHarness harness, EnrichConfig config) {
    this.harness = harness;
    this.config = config;
    this.topics = config.pipelineTopics();
    this.raw = harness.input(topics.raw());
    this.rawBytes = harness.bytesInput(topics.raw());
    this.enriched = harness.output(topics.enriched());
    this.dlq = harness.output(topics.dlq());
    this.stories = harness.output(topics.stories());
    this.storiesIn = harness.input(topics.stories());
  }

  /** The topology running {@code stages}, with the default config. */
  public static EnrichTopologyHarness start(EnrichStages stages) {
    return start(settings -> settings, stages);
  }

  /** The topology running {@code stages}, with the config as {@code settings} adjust it. */
  public static EnrichTopologyHarness start(UnaryOperator<EnrichConfig.Builder> settings, EnrichStages stages) {
    return start(settings, config -> stages);
  }

  /**
   * The topology running the stages made from its config (the production ones: {@code config ->
   * EnrichStages.load(config.cleanLimits(), config.tagging())}).
   *
   * @param settings adjusts the config (processing guarantee, dedupe settings); the state directory and the
   *     registry stay the harness's own
   */
  public static EnrichTopologyHarness start(UnaryOperator<EnrichConfig.Builder> settings,
      Function<EnrichConfig, EnrichStages> stages) {
    return start(settings, stages, EnrichMetrics.none());
  }

  /** As {@link #start(UnaryOperator, Function)}, recording the topology's meters in {@code metrics}. */
  public static EnrichTopologyHarness start(UnaryOperator<EnrichConfig.Builder> settings,
      Function<EnrichConfig, EnrichStages> stages, EnrichMetrics metrics) {
    TopologyHarness harness = new TopologyHarness();
    try {
      KafkaSettings kafka = new KafkaSettings("unused:9092", harness.registryUrl());
      EnrichConfig config = settings.apply(EnrichConfig.builder(kafka).stateDir(harness.stateDir())).build();
      harness.start(EnrichTopology.build(config, stages.apply(config), metrics),
          config.streamsProperties());
      return new EnrichTopologyHarness(harness, config);
    } catch (RuntimeException | Error e) {
      harness.close();
      throw e;
    }
  }

  public EnrichConfig config() {
    return config;
  }

  /** news.raw, written with the pipeline's serdes. */
  public TestInputTopic<String, RawArticle> raw() {
    return raw;
  }

  /** news.raw, written as given: for records the serdes could not write. */
  public TestInputTopic<byte[], byte[]> rawBytes() {
    return rawBytes;
  }

  public TestOutputTopic<String, EnrichedArticle> enriched() {
    return enriched;
  }

  public TestOutputTopic<byte[], byte[]> dlq() {
    return dlq;
  }

  /** news.stories as this topology writes it. */
  public TestOutputTopic<String, Story> stories() {
    return stories;
  }

  /** news.stories as the global store reads it: for story states another instance published. */
  public TestInputTopic<String, Story> storiesInput() {
    return storiesIn;
  }

  /** The raw article a dead letter holds (stage failures keep the record's original bytes). */
  public RawArticle rawArticleOf(TestRecord<byte[], byte[]> deadLetter) {
    return topics.raw().valueDeserializer().deserialize(topics.raw().name(), deadLetter.value());
  }

  /** The driver, for the state stores. */
  public TopologyTestDriver driver() {
    return harness.driver();
  }

  /** How many records Streams dropped so far ({@code dropped-records-total}). */
  public double droppedRecords() {
    return harness.droppedRecords();
  }

  /** The sum of Streams metric {@code name} in {@code group}. */
  public double metricTotal(String group, String name) {
    return harness.metricTotal(group, name);
  }

  @Override
  public void close() {
    harness.close();
  }
}
