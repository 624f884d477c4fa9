package dev.newsflow.schemas.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Strips the Java-only properties ({@code avro.java.string} and any other {@code avro.java.*}) that Avro's code
 * generator writes into a class's schema. They change nothing on the wire, but the registry compares schema
 * text, so without them our producers and a client that registered the {@code .avsc} share one version. This is
 * what Confluent's serializer does with {@value AvroSerdeConfig#AVRO_REMOVE_JAVA_PROPERTIES}.
 *
 * <p>Stateless and thread-safe.
 */
final class JavaProperties {

  private static final String PREFIX = "avro.java.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JavaProperties() {}

  /** The schema without Java-only properties; the schema itself when it has none. */
  static Schema remove(Schema schema) {
    String text = schema.toString();
    if (!text.contains("\"" + PREFIX)) {
      return schema;
    }
    try {
      JsonNode tree = JSON.readTree(text);
      strip(tree);
      return new Schema.Parser().parse(JSON.writeValueAsString(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Avro wrote a schema that is not JSON", e);
    }
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().startsWith(PREFIX)) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(JavaProperties::strip);
    }
  }
}
