package dev.newsflow.cli.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro values in the one JSON shape a JavaScript client prints them in with Avro longs read as BigInt: longs and
 * timestamps as decimal strings, other numbers as numbers, enums and strings as strings, unions unwrapped, maps
 * as objects (keys sorted so equal maps compare equal).
 */
final class ContractJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ContractJson() {}

  static JsonNode of(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(Long.toString(instant.toEpochMilli()));
    }
    if (value instanceof Long n) {
      return NODES.textNode(Long.toString(n));
    }
    if (value instanceof Integer n) {
      return NODES.numberNode(n.doubleValue());
    }
    if (value instanceof Double n) {
      return NODES.numberNode(n);
    }
    if (value instanceof IndexedRecord record) {
      ObjectNode object = NODES.objectNode();
      record.getSchema().getFields().forEach(f -> object.set(f.name(), of(record.get(f.pos()))));
      return object;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(of(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      new TreeMap<String, Object>(stringKeys(map)).forEach((k, v) -> object.set(k, of(v)));
      return object;
    }
    return NODES.textNode(value.toString()); // strings, enums
  }

  /** The JavaScript client's JSON with every number as a double and object keys sorted, to compare with {@link #of}. */
  static JsonNode normalise(JsonNode node) {
    if (node.isNumber()) {
      return NODES.numberNode(node.doubleValue());
    }
    if (node.isArray()) {
      ArrayNode array = NODES.arrayNode();
      node.forEach(item -> array.add(normalise(item)));
      return array;
    }
    if (node.isObject()) {
      ObjectNode object = NODES.objectNode();
      new TreeMap<String, JsonNode>(fields(node)).forEach((k, v) -> object.set(k, normalise(v)));
      return object;
    }
    return node;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> keys = new TreeMap<>();
    map.forEach((k, v) -> keys.put(k.toString(), v));
    return keys;
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new TreeMap<>();
    node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    return fields;
  }
}
