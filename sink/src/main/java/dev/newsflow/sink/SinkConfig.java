package dev.newsflow.sink;

import dev.newsflow.schemas.config.DurationValidator;
import dev.newsflow.schemas.config.Durations;
import dev.newsflow.schemas.config.ServiceSettings;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of a sink service. Its settings are defined once, in {@link #CONFIG}; the command line takes its
 * defaults and help from there and {@code newsflow config docs} writes the reference from it. The store (which one,
 * its file or connection) is chosen by the command, not here.
 *
 * <p>Immutable and thread-safe.
 */
public final class SinkConfig extends AbstractConfig {

  public static final String GROUP_ID = "group.id";
  public static final String MAX_BATCH = "max.batch";
  public static final String MAX_BATCH_WAIT = "max.batch.wait";
  public static final String RETRY_BACKOFF = "retry.backoff";
  public static final String RETRY_MAX_BACKOFF = "retry.max.backoff";
  public static final String MAX_TRIES = "max.tries";

  /**
   * The default group is this prefix and the store ({@code newsflow-sink-duckdb}): a second sink writing another
   * store with the same group would share the partitions with the first and store only its share.
   */
  public static final String DEFAULT_GROUP_PREFIX = "newsflow-sink-";

  /** The consumer must poll within max.poll.interval.ms (5 min by default) to stay in the group. */
  private static final Duration MAX_WAIT = Duration.ofMinutes(1);

  public static final ConfigDef CONFIG = new ConfigDef()
      .define(GROUP_ID, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.HIGH,
          "Consumer group; instances with the same group share the partitions. Unset: one group per store "
              + "(newsflow-sink-duckdb, newsflow-sink-jsonl, newsflow-sink-postgres), so sinks of different stores "
              + "each get every article.", "Consumer", 1,
          ConfigDef.Width.MEDIUM, "group id")
      .define(MAX_BATCH, Type.INT, 500, Range.atLeast(1), Importance.MEDIUM,
          "A batch is written once it holds this many records ...", "Batching", 1, ConfigDef.Width.SHORT, "max batch")
      .define(MAX_BATCH_WAIT, Type.STRING, "500ms", DurationValidator.between(Duration.ZERO, MAX_WAIT),
          Importance.MEDIUM, "... or once this long has passed since its first record arrived, whichever comes first.",
          "Batching", 2, ConfigDef.Width.SHORT, "max batch wait")
      .define(RETRY_BACKOFF, Type.STRING, "200ms", DurationValidator.between(Duration.ofMillis(1), MAX_WAIT),
          Importance.LOW, "First wait after a failed store write; doubles up to retry.max.backoff.", "Retries", 1,
          ConfigDef.Width.SHORT, "retry backoff")
      .define(RETRY_MAX_BACKOFF, Type.STRING, "30s", DurationValidator.between(Duration.ofMillis(1), MAX_WAIT),
          Importance.LOW, "Longest wait between store retries (at most one minute, so the consumer keeps polling "
              + "within max.poll.interval.ms).", "Retries", 2, ConfigDef.Width.SHORT, "retry max backoff")
      .define(MAX_TRIES, Type.INT, 3, Range.atLeast(1), Importance.LOW,
          "Tries of a batch that fails with a data error before it is split in halves to isolate the record at "
              + "fault; a single record failing this often goes to the dead-letter topic. Transient errors (store "
              + "down) are retried without bound.", "Retries", 3, ConfigDef.Width.SHORT, "max tries");

  /** The settings with their layers (file, environment, flags); see {@link ServiceSettings}. */
  public static final ServiceSettings SETTINGS = new ServiceSettings("sink", CONFIG);

  private final KafkaSettings kafka;
  private final TopicNames topics;
  private final Map<String, Object> given;

  private SinkConfig(KafkaSettings kafka, TopicNames topics, Map<String, Object> settings) {
    super(CONFIG, settings, false);
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.topics = Objects.requireNonNull(topics, "topics");
    this.given = Map.copyOf(settings);
    if (maxRetryBackoff().compareTo(retryBackoff()) < 0) {
      throw new ConfigException(RETRY_MAX_BACKOFF, getString(RETRY_MAX_BACKOFF), "must be at least retry.backoff ("
          + getString(RETRY_BACKOFF) + ")");
    }
  }

  /**
   * @param settings values of {@link #CONFIG}'s keys (strings as typed, or typed values); the rest default
   * @throws IllegalArgumentException naming the first invalid setting
   */
  public static SinkConfig of(KafkaSettings kafka, TopicNames topics, Map<String, ?> settings) {
    Map<String, Object> copy = new LinkedHashMap<>();
    settings.forEach((k, v) -> {
      if (v != null) {
        copy.put(k, v);
      }
    });
    try {
      return new SinkConfig(kafka, topics, copy);
    } catch (ConfigException e) {
      throw new IllegalArgumentException("invalid sink setting: " + e.getMessage(), e);
    }
  }

  public static SinkConfig defaults(KafkaSettings kafka) {
    return of(kafka, TopicNames.defaults(), Map.of());
  }

  public KafkaSettings kafka() {
    return kafka;
  }

  /** The enriched topic to read and the DLQ for records that can never be written. */
  public TopicNames topics() {
    return topics;
  }

  /** The consumer group of a sink writing the store named {@code storeName} (see {@link #GROUP_ID}). */
  public String groupId(String storeName) {
    String given = getString(GROUP_ID);
    return given != null ? given : DEFAULT_GROUP_PREFIX + storeName;
  }

  public int maxBatch() {
    return getInt(MAX_BATCH);
  }

  public Duration maxBatchWait() {
    return Durations.parse(getString(MAX_BATCH_WAIT));
  }

  public Duration retryBackoff() {
    return Durations.parse(getString(RETRY_BACKOFF));
  }

  public Duration maxRetryBackoff() {
    return Durations.parse(getString(RETRY_MAX_BACKOFF));
  }

  public int maxTries() {
    return getInt(MAX_TRIES);
  }

  public SinkConfig withGroupId(String value) {
    return with(Map.of(GROUP_ID, value));
  }

  public SinkConfig withTopics(TopicNames value) {
    return of(kafka, value, given);
  }

  public SinkConfig withBatching(int records, Duration wait) {
    return with(Map.of(MAX_BATCH, records, MAX_BATCH_WAIT, Durations.format(wait)));
  }

  public SinkConfig withRetries(Duration backoff, Duration maxBackoff, int tries) {
    return with(Map.of(RETRY_BACKOFF, Durations.format(backoff), RETRY_MAX_BACKOFF, Durations.format(maxBackoff),
        MAX_TRIES, tries));
  }

  private SinkConfig with(Map<String, Object> changes) {
    Map<String, Object> next = new LinkedHashMap<>(given);
    next.putAll(changes);
    return of(kafka, topics, next);
  }
}
