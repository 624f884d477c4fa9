package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.TaggingSettings;
import dev.newsflow.enrich.dedupe.DedupeSettings;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Configuration of the enrich service, in one place: typed, validated, with the defaults of the design brief.
 * Immutable and thread-safe; build with {@link #builder(KafkaSettings)}.
 *
 * @param kafka cluster and registry; extra client properties pass through to Streams
 * @param topics source, output and dead-letter topics
 * @param applicationId the Streams application id (consumer group and internal topic prefix)
 * @param processingGuarantee exactly_once_v2 (default) or at_least_once
 * @param threads stream threads in this instance
 * @param partitions partitions of topics this service creates when they are missing
 * @param stateDir Streams state directory, or null for the Streams default
 * @param dedupe retention, maximum SimHash distance and minimum words of the dedupe stage
 * @param cleanLimits size and time budget of the clean stage per page
 * @param tagging the topic model the tagging stages blend in, if any
 */
public record EnrichConfig(KafkaSettings kafka, TopicNames topics, String applicationId, String processingGuarantee,
    int threads, int partitions, Path stateDir, DedupeSettings dedupe, CleanLimits cleanLimits,
    TaggingSettings tagging) {

  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

  public EnrichConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(dedupe, "dedupe");
    Objects.requireNonNull(cleanLimits, "cleanLimits");
    Objects.requireNonNull(tagging, "tagging");
    if (applicationId == null || !applicationId.matches("[a-zA-Z0-9._-]+")) {
      throw new IllegalArgumentException("invalid application id: '" + applicationId + "'");
    }
    if (!StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee)
        && !StreamsConfig.AT_LEAST_ONCE.equals(processingGuarantee)) {
      throw new IllegalArgumentException("processing guarantee must be exactly_once_v2 or at_least_once, not '"
          + processingGuarantee + "'");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
  }

  public static Builder builder(KafkaSettings kafka) {
    return new Builder(kafka);
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
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    if (stateDir != null) {
      props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }
    // KIP-1034: bad records go to the DLQ with error headers and processing continues.
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.dlq());
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        StageTaggingDeserializationExceptionHandler.class.getName());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        StageTaggingProcessingExceptionHandler.class.getName());
    return props;
  }

  /** Builder with the brief's defaults. Not thread-safe. */
  public static final class Builder {
    private final KafkaSettings kafka;
    private TopicNames topics = TopicNames.defaults();
    private String applicationId = DEFAULT_APPLICATION_ID;
    private String processingGuarantee = StreamsConfig.EXACTLY_ONCE_V2;
    private int threads = 1;
    private int partitions = 3;
    private Path stateDir;
    private CleanLimits cleanLimits = CleanLimits.defaults();
    private TaggingSettings tagging = TaggingSettings.defaults();
    private Duration dedupeRetention = DedupeSettings.DEFAULT_RETENTION;
    private int dedupeMaxDistance = DedupeSettings.DEFAULT_MAX_DISTANCE;
    private int dedupeMinWords = DedupeSettings.DEFAULT_MIN_WORDS;

    private Builder(KafkaSettings kafka) {
      this.kafka = kafka;
    }

    public Builder topics(TopicNames value) {
      this.topics = value;
      return this;
    }

    public Builder applicationId(String value) {
      this.applicationId = value;
      return this;
    }

    public Builder processingGuarantee(String value) {
      this.processingGuarantee = value;
      return this;
    }

    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    public Builder partitions(int value) {
      this.partitions = value;
      return this;
    }

    public Builder stateDir(Path value) {
      this.stateDir = value;
      return this;
    }

    /** How long content hashes and SimHashes are remembered (default 7 days; 1 minute to 365 days). */
    public Builder dedupeRetention(Duration value) {
      this.dedupeRetention = value;
      return this;
    }

    /**
     * Largest SimHash Hamming distance still marked a near-duplicate (default 3; 0..7). Changing it changes the
     * number of band repartition topics; matches against articles indexed before the change are missed until the
     * retention has passed.
     */
    public Builder dedupeMaxDistance(int value) {
      this.dedupeMaxDistance = value;
      return this;
    }

    /** Articles with fewer words are never near-duplicate matched (default 50; at least 1). */
    public Builder dedupeMinWords(int value) {
      this.dedupeMinWords = value;
      return this;
    }

    /** Size and time budget of the clean stage per page; pages over it go to the DLQ (stage "clean"). */
    public Builder cleanLimits(CleanLimits value) {
      this.cleanLimits = value;
      return this;
    }

    /** The user's topic model and its blend (default: the shipped classifier alone). */
    public Builder tagging(TaggingSettings value) {
      this.tagging = value;
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid setting */
    public EnrichConfig build() {
      return new EnrichConfig(kafka, topics, applicationId, processingGuarantee, threads, partitions, stateDir,
          new DedupeSettings(dedupeRetention, dedupeMaxDistance, dedupeMinWords), cleanLimits, tagging);
    }
  }
}
