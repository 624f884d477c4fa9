package dev.newsflow.schemas.serde;

import dev.newsflow.schemas.registry.SchemaRegistryClientConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings of {@link AvroSerializer} and {@link AvroDeserializer}, named like Confluent's
 * {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer} settings so a configuration works
 * with either: the registry settings of {@link SchemaRegistryClientConfig}, plus
 * {@value #AUTO_REGISTER_SCHEMAS} (default true), {@value #USE_LATEST_VERSION} (default false),
 * {@value #LATEST_CACHE_TTL_SEC} (default -1: keep), {@value #SPECIFIC_AVRO_READER} (default
 * false, as in Confluent), {@value #AVRO_REMOVE_JAVA_PROPERTIES} (default false, as in Confluent) and the
 * subject name strategies, of which only Confluent's
 * {@code TopicNameStrategy} is supported.
 *
 * <p>Validated on construction: a missing {@value SchemaRegistryClientConfig#URL} or an
 * unsupported value is a {@link ConfigException} naming the setting. Immutable, thread-safe.
 */
public final class AvroSerdeConfig extends SchemaRegistryClientConfig {

  public static final String SCHEMA_REGISTRY_URL = URL;
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
  public static final String AVRO_REMOVE_JAVA_PROPERTIES = "avro.remove.java.properties";
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

  /** Confluent's default strategy class; any class named {@code ...TopicNameStrategy} is accepted. */
  public static final String TOPIC_NAME_STRATEGY = "io.confluent.kafka.serializers.subject.TopicNameStrategy";

  private static final ConfigDef DEFINITION = SchemaRegistryClientConfig.configDef()
      .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
          "Register the record's schema under the subject when serializing.")
      .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.MEDIUM,
          "Without auto-registration, write with the subject's latest schema instead of looking up"
              + " the record's own; the latest must be able to read the record's schema.")
      .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, Importance.LOW,
          "How long the latest version is cached, in seconds; negative: until restart.")
      .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.MEDIUM,
          "Read into generated SpecificRecord classes. AvroDeserializer built with a target class"
              + " always does; built by name, it requires this to be true.")
      .define(AVRO_REMOVE_JAVA_PROPERTIES, Type.BOOLEAN, false, Importance.LOW,
          "Remove the Java-only properties (avro.java.string) of a generated class's schema before registering"
              + " or looking it up, so it matches the schema registered from the .avsc by other clients. False"
              + " by default, as in Confluent; the pipeline's own topics set it to true.")
      .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.LOW,
          "Subject naming for keys; only TopicNameStrategy (<topic>-key) is supported.")
      .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.LOW,
          "Subject naming for values; only TopicNameStrategy (<topic>-value) is supported.");

  public AvroSerdeConfig(Map<?, ?> originals) {
    super(DEFINITION, originals);
    requireTopicNameStrategy(KEY_SUBJECT_NAME_STRATEGY);
    requireTopicNameStrategy(VALUE_SUBJECT_NAME_STRATEGY);
  }

  /** All settings with their docs, e.g. for generated documentation. */
  public static ConfigDef definition() {
    return new ConfigDef(DEFINITION);
  }

  public boolean autoRegisterSchemas() {
    return getBoolean(AUTO_REGISTER_SCHEMAS);
  }

  public boolean useLatestVersion() {
    return getBoolean(USE_LATEST_VERSION);
  }

  /** How long a latest-version answer is reused; empty means for the life of the serializer. */
  public Optional<Duration> latestCacheTtl() {
    long seconds = getLong(LATEST_CACHE_TTL_SEC);
    return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
  }

  public boolean removeJavaProperties() {
    return getBoolean(AVRO_REMOVE_JAVA_PROPERTIES);
  }

  public boolean specificAvroReader() {
    return getBoolean(SPECIFIC_AVRO_READER);
  }

  private void requireTopicNameStrategy(String key) {
    String strategy = getString(key);
    if (strategy == null || !strategy.endsWith("TopicNameStrategy")) {
      throw new ConfigException(key, strategy,
          "only TopicNameStrategy (subject <topic>-key / <topic>-value) is supported");
    }
  }
}
