package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.TaggingSettings;
import dev.newsflow.enrich.dedupe.DedupeSettings;
import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.stories.StorySettings;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.schemas.config.DurationValidator;
import dev.newsflow.schemas.config.Durations;
import dev.newsflow.schemas.config.ServiceSettings;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Configuration of the enrich service. Its settings are defined once, in {@link #CONFIG} (type, default,
 * validator, importance, doc); the command line takes its defaults and help from there and
 * {@code newsflow config docs} writes the reference from it. The cluster (bootstrap servers, registry, client
 * pass-through properties) and topic names come with it, shared by every service.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnrichConfig extends AbstractConfig {

  public static final String APPLICATION_ID = "application.id";
  public static final String PROCESSING_GUARANTEE = "processing.guarantee";
  public static final String THREADS = "threads";
  public static final String PARTITIONS = "partitions";
  public static final String STATE_DIR = "state.dir";
  public static final String MAX_RECORD_BYTES = "max.record.bytes";
  public static final String CLEAN_MAX_CONTENT_CHARS = "clean.max.content.chars";
  public static final String CLEAN_TIME_BUDGET = "clean.time.budget";
  public static final String DEDUPE_RETENTION = "dedupe.retention";
  public static final String DEDUPE_MAX_DISTANCE = "dedupe.max.distance";
  public static final String DEDUPE_MIN_WORDS = "dedupe.min.words";
  public static final String TOPICS_MODEL = "topics.model";
  public static final String TOPICS_BLEND = "topics.blend";
  public static final String STORIES_ENABLED = "stories.enabled";
  public static final String STORIES_THRESHOLD = "stories.threshold";
  public static final String STORIES_HORIZON = "stories.horizon";

  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
  /**
   * Enrich's own data dir, beside ingest's and the local stack's: not Kafka Streams' shared /tmp/kafka-streams,
   * which every Streams app and test on the machine would otherwise lock and leave state in.
   */
  public static final String DEFAULT_STATE_DIR = ".newsflow/enrich/state";
  /** As large as the ingest publisher's requests: every record ingest can publish fits through enrich. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

  public static final ConfigDef CONFIG = new ConfigDef()
      .define(APPLICATION_ID, Type.STRING, DEFAULT_APPLICATION_ID, new ApplicationIdValidator(), Importance.HIGH,
          "Kafka Streams application id: the consumer group and the prefix of internal topics. Instances with the "
              + "same id share the partitions.", "Streams", 1, ConfigDef.Width.MEDIUM, "application id")
      .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
          ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.MEDIUM,
          "exactly_once_v2 (no duplicates on news.enriched after a crash) or at_least_once.", "Streams", 2,
          ConfigDef.Width.SHORT, "processing guarantee")
      .define(THREADS, Type.INT, 0, Range.atLeast(0), Importance.MEDIUM,
          "Stream threads in this instance; 0 runs one per processor the JVM sees. More threads than the "
              + "partitions of news.raw add nothing.",
          "Streams", 3, ConfigDef.Width.SHORT, "threads")
      .define(PARTITIONS, Type.INT, 3, Range.atLeast(1), Importance.LOW,
          "Partitions of the topics this service creates when they are missing.", "Streams", 4,
          ConfigDef.Width.SHORT, "partitions")
      .define(STATE_DIR, Type.STRING, DEFAULT_STATE_DIR, new ConfigDef.NonEmptyString(), Importance.LOW,
          "Kafka Streams state directory (dedupe and trends stores), relative to the working directory unless "
              + "absolute; one running instance per directory.", "Streams", 5,
          ConfigDef.Width.LONG, "state directory")
      .define(MAX_RECORD_BYTES, Type.INT, DEFAULT_MAX_RECORD_BYTES, Range.atLeast(64 * 1024), Importance.MEDIUM,
          "Largest record enrich writes: its producer's max.request.size, and max.message.bytes of its internal "
              + "topics and of the topics it creates. A record over the limit of the topic it goes to is sent to "
              + "the dead-letter topic instead (cut to fit that topic, with a header saying so).", "Streams", 6,
          ConfigDef.Width.SHORT, "max record bytes")
      .define(CLEAN_MAX_CONTENT_CHARS, Type.INT, CleanLimits.DEFAULT_MAX_CONTENT_CHARS, Range.atLeast(1),
          Importance.MEDIUM, "Pages with more characters go to the dead-letter topic (stage clean), checked before "
              + "parsing.", "Clean", 1, ConfigDef.Width.SHORT, "max content chars")
      .define(CLEAN_TIME_BUDGET, Type.STRING, Durations.format(CleanLimits.DEFAULT_TIME_BUDGET),
          DurationValidator.atLeast(Duration.ofMillis(1)), Importance.LOW,
          "Pages whose cleaning takes longer go to the dead-letter topic (stage clean).", "Clean", 2,
          ConfigDef.Width.SHORT, "clean time budget")
      .define(DEDUPE_RETENTION, Type.STRING, Durations.format(DedupeSettings.DEFAULT_RETENTION),
          DurationValidator.between(Duration.ofMinutes(1), Duration.ofDays(365)), Importance.MEDIUM,
          "How long content hashes and SimHashes are remembered (exact repeats and near-duplicates).", "Dedupe", 1,
          ConfigDef.Width.SHORT, "dedupe retention")
      .define(DEDUPE_MAX_DISTANCE, Type.INT, DedupeSettings.DEFAULT_MAX_DISTANCE,
          Range.between(0, DedupeSettings.MAX_DISTANCE), Importance.LOW,
          "Most SimHash bits two syndicated copies may differ in; k+1 band repartition topics. Changing it misses "
              + "matches against articles indexed before the change until the retention has passed.", "Dedupe", 2,
          ConfigDef.Width.SHORT, "dedupe max distance")
      .define(DEDUPE_MIN_WORDS, Type.INT, DedupeSettings.DEFAULT_MIN_WORDS, Range.atLeast(1), Importance.LOW,
          "Shorter texts are never marked as near-duplicates (short texts collide too often).", "Dedupe", 3,
          ConfigDef.Width.SHORT, "dedupe min words")
      .define(TOPICS_MODEL, Type.STRING, null, Importance.LOW,
          "A topic model file from 'newsflow train topics', blended with the shipped classifier; unset: the "
              + "shipped classifier alone.", "Tagging", 1, ConfigDef.Width.LONG, "topic model")
      .define(TOPICS_BLEND, Type.DOUBLE, TaggingSettings.DEFAULT_TOPIC_BLEND, Range.between(0, 1),
          Importance.LOW, "Weight of topics.model against the shipped classifier: 1 = only the model.", "Tagging", 2,
          ConfigDef.Width.SHORT, "topic blend")
      .define(STORIES_ENABLED, Type.BOOLEAN, true, Importance.MEDIUM,
          "Group articles into stories (storyId on each article, story state on the stories topic). Off: storyId "
              + "stays null and the stories topic is not written.", "Stories", 1, ConfigDef.Width.SHORT,
          "stories enabled")
      .define(STORIES_THRESHOLD, Type.DOUBLE, StorySettings.defaults().threshold(), Range.between(0, 2),
          Importance.LOW, "Score an article needs with a story to join it (text similarity, shared entities, "
              + "time decay; see docs/architecture.md). Higher: fewer wrong joins, more split stories.", "Stories", 2,
          ConfigDef.Width.SHORT, "stories threshold")
      .define(STORIES_HORIZON, Type.STRING, Durations.format(StorySettings.defaults().horizon()),
          DurationValidator.between(Duration.ofHours(1), Duration.ofDays(365)), Importance.LOW,
          "A story with no article for this long is no longer a candidate, and leaves the stores.", "Stories", 3,
          ConfigDef.Width.SHORT, "stories horizon");

  /** The settings with their layers (file, environment, flags); see {@link ServiceSettings}. */
  public static final ServiceSettings SETTINGS = new ServiceSettings("enrich", CONFIG);

  private final KafkaSettings kafka;
  private final TopicNames topics;
  private final DedupeSettings dedupe;
  private final CleanLimits cleanLimits;
  private final TaggingSettings tagging;
  private final StorySettings stories;

  /**
   * @param settings values of {@link #CONFIG}'s keys (strings as typed, or typed values); the rest default
   * @throws IllegalArgumentException naming the first invalid setting
   */
  public EnrichConfig(KafkaSettings kafka, TopicNames topics, Map<String, ?> settings) {
    super(CONFIG, settings, false);
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.topics = Objects.requireNonNull(topics, "topics");
    this.dedupe = new DedupeSettings(Durations.parse(getString(DEDUPE_RETENTION)), getInt(DEDUPE_MAX_DISTANCE),
        getInt(DEDUPE_MIN_WORDS));
    this.cleanLimits = new CleanLimits(getInt(CLEAN_MAX_CONTENT_CHARS), Durations.parse(getString(CLEAN_TIME_BUDGET)));
    String model = getString(TOPICS_MODEL);
    this.tagging = new TaggingSettings(model == null || model.isBlank() ? null : Path.of(model),
        getDouble(TOPICS_BLEND));
    this.stories = StorySettings.defaults().withThreshold(getDouble(STORIES_THRESHOLD))
        .withHorizon(Durations.parse(getString(STORIES_HORIZON)));
  }

  /** Parses {@code settings}, turning Kafka's {@link ConfigException} into the argument error it is. */
  public static EnrichConfig of(KafkaSettings kafka, TopicNames topics, Map<String, ?> settings) {
    try {
      return new EnrichConfig(kafka, topics, settings);
    } catch (ConfigException e) {
      throw new IllegalArgumentException("invalid enrich setting: " + e.getMessage(), e);
    }
  }

  public static Builder builder(KafkaSettings kafka) {
    return new Builder(kafka);
  }

  public KafkaSettings kafka() {
    return kafka;
  }

  public TopicNames topics() {
    return topics;
  }

  public String applicationId() {
    return getString(APPLICATION_ID);
  }

  public String processingGuarantee() {
    return getString(PROCESSING_GUARANTEE);
  }

  /**
   * The stream threads to run: the setting, or one per processor when it is 0. A second stream thread on 2 cores
   * gave 12% more articles per second once the JIT had settled (docs/performance.md).
   */
  public int threads() {
    int threads = getInt(THREADS);
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  public int partitions() {
    return getInt(PARTITIONS);
  }

  /** The Streams state directory. */
  public Path stateDir() {
    return Path.of(getString(STATE_DIR));
  }

  public int maxRecordBytes() {
    return getInt(MAX_RECORD_BYTES);
  }

  public DedupeSettings dedupe() {
    return dedupe;
  }

  public CleanLimits cleanLimits() {
    return cleanLimits;
  }

  public TaggingSettings tagging() {
    return tagging;
  }

  public boolean storiesEnabled() {
    return getBoolean(STORIES_ENABLED);
  }

  public StorySettings stories() {
    return stories;
  }

  /** Serde configuration: the registry URL and any pass-through properties (auth, timeouts). */
  public Map<String, Object> serdeConfig() {
    return kafka.clientConfig();
  }

  /** The topics with their serdes, configured from {@link #serdeConfig()}. */
  public PipelineTopics pipelineTopics() {
    return PipelineTopics.of(topics, serdeConfig());
  }

  /** The Kafka Streams properties this config stands for, DLQ wiring included. */
  public Properties streamsProperties() {
    Properties props = new Properties();
    props.putAll(kafka.clientProperties());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads());
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir().toAbsolutePath().toString());
    // A record the producer or a topic refuses would stop the stream thread at the same offset again and again:
    // size the producer and the internal topics for the largest record (RecordSizeGuard sends the rest to the DLQ).
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxRecordBytes());
    props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), maxRecordBytes());
    // The exception handlers cut dead letters to these limits (an object: EnrichService adds each topic's own).
    props.put(RecordLimits.CONFIG, new RecordLimits(maxRecordBytes()));
    // KIP-1034: bad records go to the DLQ with error headers and processing continues.
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.dlq());
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        StageTaggingDeserializationExceptionHandler.class.getName());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        StageTaggingProcessingExceptionHandler.class.getName());
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        OversizedRecordExceptionHandler.class.getName());
    return props;
  }

  /** A typed way to set {@link #CONFIG}'s keys from code (tests, the demo). Not thread-safe. */
  public static final class Builder {
    private final KafkaSettings kafka;
    private TopicNames topics = TopicNames.defaults();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    private Builder(KafkaSettings kafka) {
      this.kafka = kafka;
    }

    public Builder topics(TopicNames value) {
      this.topics = value;
      return this;
    }

    /** Any setting by its key, as a string or a typed value. */
    public Builder set(String key, Object value) {
      settings.put(key, value);
      return this;
    }

    public Builder applicationId(String value) {
      return set(APPLICATION_ID, value);
    }

    public Builder processingGuarantee(String value) {
      return set(PROCESSING_GUARANTEE, value);
    }

    public Builder threads(int value) {
      return set(THREADS, value);
    }

    public Builder partitions(int value) {
      return set(PARTITIONS, value);
    }

    /** The state directory; null for the default. */
    public Builder stateDir(Path value) {
      return set(STATE_DIR, value == null ? DEFAULT_STATE_DIR : value.toString());
    }

    public Builder maxRecordBytes(int value) {
      return set(MAX_RECORD_BYTES, value);
    }

    public Builder dedupeRetention(Duration value) {
      return set(DEDUPE_RETENTION, value == null ? null : Durations.format(value));
    }

    public Builder dedupeMaxDistance(int value) {
      return set(DEDUPE_MAX_DISTANCE, value);
    }

    public Builder dedupeMinWords(int value) {
      return set(DEDUPE_MIN_WORDS, value);
    }

    public Builder cleanLimits(CleanLimits value) {
      set(CLEAN_MAX_CONTENT_CHARS, value.maxContentChars());
      return set(CLEAN_TIME_BUDGET, Durations.format(value.timeBudget()));
    }

    public Builder tagging(TaggingSettings value) {
      set(TOPICS_MODEL, value.topicModel() == null ? null : value.topicModel().toString());
      return set(TOPICS_BLEND, value.topicBlend());
    }

    /** @throws IllegalArgumentException naming the first invalid setting */
    public EnrichConfig build() {
      return EnrichConfig.of(kafka, topics, settings);
    }
  }

  /** Streams application ids: letters, digits, '.', '_' and '-'. */
  private static final class ApplicationIdValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
      if (value == null || !value.toString().matches("[a-zA-Z0-9._-]+")) {
        throw new ConfigException(name, value, "use letters, digits, '.', '_' and '-'");
      }
    }

    @Override
    public String toString() {
      return "letters, digits, '.', '_', '-'";
    }
  }
}
