package dev.newsflow.schemas.serde;

import dev.newsflow.schemas.registry.SchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in Confluent's wire format into generated Avro classes. The writer schema is
 * fetched by the id in the record (once per id, then cached) and resolved against the reader
 * schema, so records written with an older or newer compatible schema read fine.
 *
 * <p>Built with a target class, it reads that class whatever {@code specific.avro.reader} says.
 * Built by name (no-arg, for Kafka configs), it reads the generated class named like the writer
 * schema and, like Confluent's deserializer in that mode, needs {@code specific.avro.reader=true}.
 *
 * <p>Anything unreadable (not this wire format, too short, unknown schema id, a schema the target
 * cannot read, corrupt Avro) is a {@link SerializationException} with the reason, which Kafka
 * Streams hands to its deserialization exception handler (and so to the dead-letter topic).
 *
 * <p>Thread-safe once configured.
 *
 * @param <T> the generated record class
 */
public class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

  private static final String PLACEHOLDER_URL = "mock://unused-with-injected-client";

  private final Class<T> targetClass;
  private final SchemaRegistryClient injectedClient;
  private volatile SchemaRegistryClient client;
  private volatile boolean ownsClient;
  private final ConcurrentMap<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();

  /** For use by class name in Kafka configs; needs {@code specific.avro.reader=true}. */
  public AvroDeserializer() {
    this.targetClass = null;
    this.injectedClient = null;
  }

  /** Reads records into {@code targetClass}; {@link #configure} creates the registry client. */
  public AvroDeserializer(Class<T> targetClass) {
    this.targetClass = Objects.requireNonNull(targetClass, "targetClass");
    this.injectedClient = null;
  }

  /** Reads records into {@code targetClass} using a client the caller owns; usable without configure. */
  public AvroDeserializer(Class<T> targetClass, SchemaRegistryClient client) {
    this.targetClass = Objects.requireNonNull(targetClass, "targetClass");
    this.injectedClient = Objects.requireNonNull(client, "client");
    this.client = client;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> effective = new HashMap<>(configs);
    if (injectedClient != null) {
      effective.putIfAbsent(AvroSerdeConfig.SCHEMA_REGISTRY_URL, PLACEHOLDER_URL);
    }
    AvroSerdeConfig config = new AvroSerdeConfig(effective);
    if (targetClass == null && !config.specificAvroReader()) {
      throw new ConfigException(AvroSerdeConfig.SPECIFIC_AVRO_READER, false, "AvroDeserializer reads generated"
          + " SpecificRecord classes only: set it to true, or build the deserializer with the target class");
    }
    SchemaRegistryClient previous = ownsClient ? client : null;
    client = injectedClient != null ? injectedClient : SchemaRegistryClients.create(config);
    ownsClient = injectedClient == null;
    if (previous != null) {
      previous.close();
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    int schemaId = WireFormat.schemaId(data);
    DatumReader<T> reader = readerFor(schemaId, topic);
    BinaryDecoder decoder = DecoderFactory.get()
        .binaryDecoder(data, WireFormat.HEADER_LENGTH, data.length - WireFormat.HEADER_LENGTH, null);
    T value;
    boolean trailingBytes;
    try {
      value = reader.read(null, decoder);
      trailingBytes = !decoder.isEnd();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Corrupt Avro data for schema id " + schemaId + " on topic " + topic
          + ": " + e, e);
    }
    if (trailingBytes) {
      // A shorter read than the payload means the bytes were not written with this schema.
      throw new SerializationException("Corrupt Avro data for schema id " + schemaId + " on topic " + topic
          + ": bytes left over after the record");
    }
    return value;
  }

  /** A reader resolving the writer schema of {@code schemaId} to the target class; built once per id. */
  private DatumReader<T> readerFor(int schemaId, String topic) {
    DatumReader<T> reader = readersBySchemaId.get(schemaId);
    if (reader != null) {
      return reader;
    }
    Schema writerSchema = writerSchema(schemaId, topic);
    Class<?> readClass = targetClass != null ? targetClass : generatedClassFor(writerSchema, schemaId);
    SpecificData model = SpecificData.getForClass(readClass);
    Schema readerSchema = model.getSchema(readClass);
    SchemaCompatibility.SchemaPairCompatibility compatibility =
        SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema);
    if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      throw new SerializationException("Schema id " + schemaId + " (" + writerSchema.getFullName()
          + ") on topic " + topic + " cannot be read as " + readClass.getName() + ": "
          + compatibility.getResult().getIncompatibilities());
    }
    reader = new SpecificDatumReader<>(writerSchema, readerSchema, model);
    DatumReader<T> raced = readersBySchemaId.putIfAbsent(schemaId, reader);
    return raced != null ? raced : reader;
  }

  private Schema writerSchema(int schemaId, String topic) {
    SchemaRegistryClient current = client;
    if (current == null) {
      throw new IllegalStateException("AvroDeserializer used before configure()");
    }
    try {
      return current.getById(schemaId);
    } catch (SchemaRegistryException e) {
      String reason = e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND ? "Unknown schema id "
          : "Cannot fetch schema id ";
      throw new SerializationException(reason + schemaId + " for a record on topic " + topic + ": "
          + e.getMessage(), e);
    }
  }

  private static Class<?> generatedClassFor(Schema writerSchema, int schemaId) {
    Class<?> cls = writerSchema.getType() == Schema.Type.RECORD ? SpecificData.get().getClass(writerSchema) : null;
    if (cls == null || !SpecificRecord.class.isAssignableFrom(cls)) {
      throw new SerializationException("No generated SpecificRecord class " + writerSchema.getFullName()
          + " on the classpath for schema id " + schemaId);
    }
    return cls;
  }

  @Override
  public void close() {
    if (ownsClient && client != null) {
      client.close();
    }
  }
}
