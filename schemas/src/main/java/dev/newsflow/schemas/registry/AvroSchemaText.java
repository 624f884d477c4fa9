package dev.newsflow.schemas.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Parses schema text into an Avro {@link Schema}, failing with {@link SchemaRegistryException#INVALID_SCHEMA}
 * and a message fit for a client: what is wrong, never the parser's internal class names. Thread-safe.
 */
final class AvroSchemaText {

  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * A class of the JDK or of a library we parse with, such as {@code org.apache.avro.SchemaParseException:};
   * not any dotted name, since Avro names its records the same way.
   */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(?:java|javax|jdk|sun|org\\.apache|com\\.fasterxml)\\.(?:[a-z0-9_]+\\.)*[A-Z][A-Za-z0-9_$]*:?\\s*");

  private AvroSchemaText() {
  }

  static Schema parse(String schemaText) {
    if (schemaText == null || schemaText.isBlank()) {
      throw SchemaRegistryException.invalidSchema("empty schema");
    }
    try {
      JSON.readTree(schemaText);
    } catch (JsonProcessingException e) {
      throw SchemaRegistryException.invalidSchema("not valid JSON" + where(e.getLocation()));
    }
    try {
      // A fresh parser each time: a parser remembers the names it has seen.
      return new Schema.Parser().parse(schemaText);
    } catch (SchemaParseException e) {
      throw SchemaRegistryException.invalidSchema(clean(e.getMessage()));
    } catch (NullPointerException e) {
      // Avro 1.12 reports a type name it cannot resolve this way.
      throw SchemaRegistryException.invalidSchema("it uses a type name it does not define; this registry takes only"
          + " self-contained Avro schemas (no references)");
    } catch (RuntimeException e) {
      // Avro reports some errors (bad defaults, duplicate fields) as other runtime exceptions.
      throw SchemaRegistryException.invalidSchema(clean(e.getMessage()));
    }
  }

  /** The message without Java class names; "not valid Avro" when nothing is left. */
  static String clean(String message) {
    String cleaned = message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").trim();
    return cleaned.isEmpty() ? "not valid Avro" : cleaned;
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
