package dev.newsflow.schemas.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Turns Avro records into plain JSON for people and JSON-speaking tools: unions become the bare value or
 * {@code null} (not Avro's {"string": ...} wrapping), timestamps become ISO-8601 strings.
 *
 * <p>Used by {@code newsflow consume}, the demo and the JSON Lines sink. Stateless and thread-safe.
 */
public final class AvroJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  /** The record as a JSON tree. */
  public static ObjectNode toTree(IndexedRecord record) {
    Objects.requireNonNull(record, "record");
    return (ObjectNode) convert(record.getSchema(), record);
  }

  /** The record as compact one-line JSON (a JSON Lines line without the newline). */
  public static String toJson(IndexedRecord record) {
    try {
      return MAPPER.writeValueAsString(toTree(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + record.getSchema().getFullName(), e);
    }
  }

  /** The record as indented JSON. */
  public static String toPrettyJson(IndexedRecord record) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + record.getSchema().getFullName(), e);
    }
  }

  private static JsonNode convert(Schema schema, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    switch (schema.getType()) {
      case RECORD:
        return record(schema, (IndexedRecord) value);
      case UNION:
        return convert(branchFor(schema, value), value);
      case ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (Object item : (Collection<?>) value) {
          array.add(convert(schema.getElementType(), item));
        }
        return array;
      case MAP:
        ObjectNode map = NODES.objectNode();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          map.set(String.valueOf(e.getKey()), convert(schema.getValueType(), e.getValue()));
        }
        return map;
      case LONG:
        return value instanceof Instant ? NODES.textNode(value.toString()) : NODES.numberNode((Long) value);
      case INT:
        return NODES.numberNode((Integer) value);
      case DOUBLE:
        return NODES.numberNode((Double) value);
      case FLOAT:
        return NODES.numberNode((Float) value);
      case BOOLEAN:
        return NODES.booleanNode((Boolean) value);
      case BYTES:
        return NODES.textNode(Base64.getEncoder().encodeToString(bytes((ByteBuffer) value)));
      case FIXED:
        return NODES.textNode(Base64.getEncoder().encodeToString(((org.apache.avro.generic.GenericFixed) value).bytes()));
      case ENUM:
      case STRING:
      default:
        return NODES.textNode(value.toString());
    }
  }

  private static ObjectNode record(Schema schema, IndexedRecord record) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : schema.getFields()) {
      node.set(field.name(), convert(field.schema(), record.get(field.pos())));
    }
    return node;
  }

  /** Picks the union branch a Java value belongs to; our unions are all of the [null, X] kind. */
  private static Schema branchFor(Schema union, Object value) {
    for (Schema branch : union.getTypes()) {
      if (matches(branch, value)) {
        return branch;
      }
    }
    throw new IllegalArgumentException("value of " + value.getClass() + " fits no branch of " + union);
  }

  private static boolean matches(Schema branch, Object value) {
    switch (branch.getType()) {
      case NULL:
        return false;
      case RECORD:
        return value instanceof IndexedRecord
            && ((IndexedRecord) value).getSchema().getFullName().equals(branch.getFullName());
      case ENUM:
        return value instanceof Enum || value instanceof GenericEnumSymbol;
      case STRING:
        return value instanceof CharSequence;
      case LONG:
        return value instanceof Long || value instanceof Instant;
      case INT:
        return value instanceof Integer;
      case DOUBLE:
        return value instanceof Double;
      case FLOAT:
        return value instanceof Float;
      case BOOLEAN:
        return value instanceof Boolean;
      case ARRAY:
        return value instanceof Collection;
      case MAP:
        return value instanceof Map;
      case BYTES:
        return value instanceof ByteBuffer;
      case FIXED:
        return value instanceof GenericContainer;
      default:
        return false;
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] out = new byte[copy.remaining()];
    copy.get(out);
    return out;
  }
}
