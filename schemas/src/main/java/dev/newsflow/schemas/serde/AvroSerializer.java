package dev.newsflow.schemas.serde;

import dev.newsflow.schemas.registry.CompatibilityChecker;
import dev.newsflow.schemas.registry.CompatibilityLevel;
import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.registry.SchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in Confluent's wire format (magic byte 0, 4-byte big-endian schema
 * id, Avro binary), byte for byte what Confluent's {@code KafkaAvroSerializer} writes, with the
 * same settings ({@link AvroSerdeConfig}), so either can replace the other by class name.
 *
 * <p>Subject: {@code <topic>-value}, or {@code <topic>-key} when configured as a key serializer
 * (TopicNameStrategy). Schema id: registered when {@code auto.register.schemas} (default), else
 * the subject's latest version when {@code use.latest.version}, else looked up (it must already be
 * registered). The registry client caches ids, so the registry is called once per schema. With
 * {@code avro.remove.java.properties} the schema is registered and looked up without the generator's
 * Java-only properties, as Confluent's serializer does.
 *
 * <p>Thread-safe: Kafka producers share one serializer between threads. Configure it once, before
 * use ({@link #configure}), or pass a client to the constructor.
 *
 * @param <T> the generated record class
 */
public class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

  /** What {@link #configure} decides; replaced as a whole so readers see a consistent set. */
  private record Settings(SchemaRegistryClient client, boolean ownsClient, boolean isKey, boolean autoRegister,
              boolean useLatest, boolean removeJavaProperties, LatestVersionCache latest) {
  }

  private static final String PLACEHOLDER_URL = "mock://unused-with-injected-client";

  private final SchemaRegistryClient injectedClient;
  private volatile Settings settings;
  private final ConcurrentMap<Class<?>, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
  private final ConcurrentMap<List<Schema>, SchemaTranscoder> transcoders = new ConcurrentHashMap<>();
  private final ConcurrentMap<Schema, Schema> withoutJavaProperties = new ConcurrentHashMap<>();
  // Per-thread reusable encoder: the producer calls serialize from many threads.
  private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();

  /** For use by class name in Kafka configs; {@link #configure} creates the registry client. */
  public AvroSerializer() {
    this.injectedClient = null;
  }

  /**
   * With a client the caller owns (shared, or a mock); usable at once with the default settings,
   * {@link #configure} may change them, and {@code schema.registry.url} is then optional.
   */
  public AvroSerializer(SchemaRegistryClient client) {
    this.injectedClient = Objects.requireNonNull(client, "client");
    apply(Map.of(), false);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    apply(configs, isKey);
  }

  private void apply(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> effective = new HashMap<>(configs);
    if (injectedClient != null) {
      // The URL only serves to create a client; with one given it is not needed.
      effective.putIfAbsent(AvroSerdeConfig.SCHEMA_REGISTRY_URL, PLACEHOLDER_URL);
    }
    AvroSerdeConfig config = new AvroSerdeConfig(effective);
    SchemaRegistryClient client = injectedClient != null ? injectedClient : SchemaRegistryClients.create(config);
    Settings previous = settings;
    settings = new Settings(client, injectedClient == null, isKey, config.autoRegisterSchemas(),
        config.useLatestVersion(), config.removeJavaProperties(), new LatestVersionCache(client,
        config.latestCacheTtl()));
    closeIfOwned(previous);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    Settings current = settings;
    if (current == null) {
      throw new IllegalStateException("AvroSerializer used before configure()");
    }
    String subject = topic + (current.isKey ? "-key" : "-value");
    Schema schema = data.getSchema();
    // The form registered and compared; it encodes exactly as the class's own schema does.
    Schema registered = current.removeJavaProperties
        ? withoutJavaProperties.computeIfAbsent(schema, JavaProperties::remove) : schema;
    SchemaMetadata target = schemaToWrite(current, subject, registered);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    WireFormat.writeHeader(out, target.id());
    try {
      if (target.schema().equals(registered)) {
        encode(writerFor(data), data, out);
      } else {
        transcode(data, schema, target, out);
      }
    } catch (SerializationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot serialize " + schema.getFullName() + " for topic " + topic
          + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The id to frame the record with, and the schema to write it with (the record's own unless use.latest). */
  private SchemaMetadata schemaToWrite(Settings current, String subject, Schema schema) {
    try {
      if (current.autoRegister) {
        return new SchemaMetadata(current.client.register(subject, schema), 0, subject, schema);
      }
      if (current.useLatest) {
        return current.latest.latest(subject);
      }
      return new SchemaMetadata(current.client.lookupId(subject, schema), 0, subject, schema);
    } catch (SchemaRegistryException e) {
      String action = current.autoRegister ? "registering" : current.useLatest ? "fetching the latest" : "looking up";
      throw new SerializationException("Error " + action + " Avro schema " + schema.getFullName()
          + " for subject " + subject + ": " + e.getMessage(), e);
    }
  }

  private void transcode(T data, Schema own, SchemaMetadata target, ByteArrayOutputStream out) throws IOException {
    SchemaTranscoder transcoder = transcoders.computeIfAbsent(List.of(own, target.schema()), pair -> {
      CompatibilityChecker.Result check =
          CompatibilityChecker.check(CompatibilityLevel.BACKWARD, target.schema(), List.of(own));
      if (!check.compatible()) {
        throw new SerializationException("The latest schema of subject " + target.subject() + " (id "
            + target.id() + ") cannot read records of " + own.getFullName() + ": " + check.messages());
      }
      return new SchemaTranscoder(own, target.schema());
    });
    ByteArrayOutputStream ownBytes = new ByteArrayOutputStream(256);
    encode(writerFor(data), data, ownBytes);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    transcoder.transcode(ownBytes.toByteArray(), encoder);
    encoder.flush();
  }

  private void encode(DatumWriter<Object> writer, Object data, OutputStream out) throws IOException {
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, encoders.get());
    try {
      writer.write(data, encoder);
      encoder.flush();
    } finally {
      // Point the reused encoder away from this record's buffer so the thread does not pin it.
      encoders.set(EncoderFactory.get().directBinaryEncoder(OutputStream.nullOutputStream(), encoder));
    }
  }

  private DatumWriter<Object> writerFor(T data) {
    // The class's own SpecificData carries its logical-type conversions (Instant for timestamp-millis).
    return writers.computeIfAbsent(data.getClass(),
        cls -> new SpecificDatumWriter<>(data.getSchema(), SpecificData.getForClass(cls)));
  }

  @Override
  public void close() {
    closeIfOwned(settings);
  }

  private static void closeIfOwned(Settings s) {
    if (s != null && s.ownsClient) {
      s.client.close();
    }
  }
}
