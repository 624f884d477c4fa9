package dev.newsflow.local.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The body of a register, lookup or compatibility request ({@code schema}, {@code schemaType},
 * {@code references}, {@code metadata}, {@code ruleSet}, {@code id}, {@code version}), read so that nothing
 * the registry cannot honour is dropped silently: another schema type, references and metadata are refused
 * with 42201, a rule set with 42210, as Confluent answers invalid ones. Fields Confluent does not know are
 * ignored, as Confluent does. Immutable.
 *
 * @param schema          the parsed Avro schema
 * @param explicitId      the {@code id} given, or -1
 * @param explicitVersion the {@code version} given, or 0
 */
record SchemaRequestBody(Schema schema, int explicitId, int explicitVersion) {

  /** Data-contract and tagging fields this registry does not store, with the code a refusal carries. */
  private static final Map<String, Integer> UNSUPPORTED = Map.of(
      "references", SchemaRegistryException.INVALID_SCHEMA,
      "metadata", SchemaRegistryException.INVALID_SCHEMA,
      "schemaTagsToAdd", SchemaRegistryException.INVALID_SCHEMA,
      "schemaTagsToRemove", SchemaRegistryException.INVALID_SCHEMA,
      "ruleSet", SchemaRegistryException.INVALID_RULESET);

  static SchemaRequestBody from(ApiRequest request) {
    JsonNode body = request.jsonBody();
    JsonNode type = body.path("schemaType");
    if (!type.isMissingNode() && !type.isNull() && !"AVRO".equalsIgnoreCase(type.asText())) {
      throw SchemaRegistryException.invalidSchema("schema type " + type.asText()
          + " is not supported; this registry stores only AVRO schemas");
    }
    UNSUPPORTED.forEach((field, code) -> {
      if (carriesContent(body.get(field))) {
        String kind = code == SchemaRegistryException.INVALID_RULESET ? "Invalid rule set: " : "Invalid schema: ";
        throw new SchemaRegistryException(422, code, kind + field + " is not supported by this registry,"
            + " which stores self-contained Avro schemas only; send the schema without " + field);
      }
    });
    JsonNode schema = body.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw SchemaRegistryException.invalidSchema("the body needs a \"schema\" string");
    }
    return new SchemaRequestBody(InMemorySchemaStore.parseSchema(schema.asText()),
        integer(body, "id", -1), integer(body, "version", 0));
  }

  /** Whether a field holds anything: a value, or an object or array with a value somewhere inside. */
  private static boolean carriesContent(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (carriesContent(child)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static int integer(JsonNode body, String field, int absent) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw ApiException.badRequest("\"" + field + "\" must be an integer");
    }
    return value.asInt();
  }
}
