package dev.newsflow.local.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.schemas.registry.CompatibilityChecker;
import dev.newsflow.schemas.registry.CompatibilityLevel;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The Confluent Schema Registry REST endpoints over an {@link InMemorySchemaStore}: routing,
 * request parsing and Confluent's response shapes. Failures are thrown (store errors as
 * {@link SchemaRegistryException}, HTTP ones as {@link ApiException}) and turned into error JSON
 * by the handler. Thread-safe: stateless apart from the thread-safe store.
 */
final class RegistryApi {

  private static final String LATEST = "latest";

  private final InMemorySchemaStore store;
  private final Runnable onChange;

  /** @param onChange run after every request that may have changed the state (persists it) */
  RegistryApi(InMemorySchemaStore store, Runnable onChange) {
    this.store = store;
    this.onChange = onChange;
  }

  ApiResponse handle(ApiRequest request) {
    if (request.size() == 0) {
      return get(request, Map.of());
    }
    return switch (request.segment(0)) {
      case "subjects" -> subjects(request);
      case "schemas" -> schemas(request);
      case "compatibility" -> compatibility(request);
      case "config" -> config(request);
      case "mode" -> get(request, Map.of("mode", "READWRITE"));
      default -> throw ApiException.notFound();
    };
  }

  // ---- /subjects ----

  private ApiResponse subjects(ApiRequest request) {
    if (request.size() == 1) {
      return get(request, store.subjects());
    }
    String subject = request.segment(1);
    if (request.size() == 2) {
      return subject(request, subject);
    }
    if (!"versions".equals(request.segment(2)) || request.size() > 5) {
      throw ApiException.notFound();
    }
    if (request.size() == 3) {
      return versions(request, subject);
    }
    SchemaMetadata version = version(subject, request.segment(3));
    if (request.size() == 4) {
      return get(request, metadataJson(version));
    }
    if ("schema".equals(request.segment(4)) && request.is("GET")) {
      return ApiResponse.rawJson(version.schema().toString());
    }
    throw ApiException.notFound();
  }

  /** POST /subjects/{s}: lookup; DELETE /subjects/{s}: (soft) delete. */
  private ApiResponse subject(ApiRequest request, String subject) {
    if (request.is("POST")) {
      return ApiResponse.ok(metadataJson(store.lookup(subject, schemaFrom(request))));
    }
    if (request.is("DELETE")) {
      List<Integer> deleted = store.deleteSubject(subject, request.flag("permanent"));
      onChange.run();
      return ApiResponse.ok(deleted);
    }
    throw ApiException.methodNotAllowed();
  }

  /** GET lists the versions, POST registers a schema. */
  private ApiResponse versions(ApiRequest request, String subject) {
    if (request.is("GET")) {
      return ApiResponse.ok(store.versions(subject));
    }
    if (request.is("POST")) {
      int id = store.register(subject, schemaFrom(request));
      onChange.run();
      return ApiResponse.ok(Map.of("id", id));
    }
    throw ApiException.methodNotAllowed();
  }

  // ---- /schemas ----

  private ApiResponse schemas(ApiRequest request) {
    if (request.size() == 2 && "types".equals(request.segment(1))) {
      return get(request, List.of("AVRO"));
    }
    if (request.size() < 3 || request.size() > 4 || !"ids".equals(request.segment(1))) {
      throw ApiException.notFound();
    }
    Schema schema = store.schemaById(schemaId(request.segment(2)));
    if (request.size() == 3) {
      return get(request, Map.of("schema", schema.toString()));
    }
    if ("schema".equals(request.segment(3)) && request.is("GET")) {
      return ApiResponse.rawJson(schema.toString());
    }
    throw ApiException.notFound();
  }

  // ---- /compatibility/subjects/{s}/versions[/{v}] ----

  private ApiResponse compatibility(ApiRequest request) {
    boolean shapeOk = (request.size() == 4 || request.size() == 5)
        && "subjects".equals(request.segment(1)) && "versions".equals(request.segment(3));
    if (!shapeOk) {
      throw ApiException.notFound();
    }
    if (!request.is("POST")) {
      throw ApiException.methodNotAllowed();
    }
    String subject = request.segment(2);
    Schema candidate = schemaFrom(request);
    boolean againstAll = request.size() == 4 || LATEST.equals(request.segment(4)) || "-1".equals(request.segment(4));
    CompatibilityChecker.Result result = againstAll
        ? store.testCompatibility(subject, candidate)
        : store.testCompatibility(subject, versionNumber(request.segment(4)), candidate);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("is_compatible", result.compatible());
    if (request.flag("verbose")) {
      body.put("messages", result.messages());
    }
    return ApiResponse.ok(body);
  }

  // ---- /config[/{s}] ----

  private ApiResponse config(ApiRequest request) {
    if (request.size() > 2) {
      throw ApiException.notFound();
    }
    String subject = request.size() == 2 ? request.segment(1) : null;
    if (request.is("GET")) {
      return ApiResponse.ok(Map.of("compatibilityLevel", currentLevel(subject, request.flag("defaultToGlobal"))));
    }
    if (request.is("PUT")) {
      CompatibilityLevel level = levelFrom(request.jsonBody());
      if (subject == null) {
        store.setGlobalCompatibility(level);
      } else {
        store.setSubjectCompatibility(subject, level);
      }
      onChange.run();
      return ApiResponse.ok(Map.of("compatibility", level.name()));
    }
    if (request.is("DELETE") && subject != null) {
      CompatibilityLevel previous = store.clearSubjectCompatibility(subject);
      onChange.run();
      return ApiResponse.ok(Map.of("compatibilityLevel", previous.name()));
    }
    throw ApiException.methodNotAllowed();
  }

  private String currentLevel(String subjectOrNull, boolean defaultToGlobal) {
    if (subjectOrNull == null) {
      return store.globalCompatibility().name();
    }
    if (defaultToGlobal) {
      return store.effectiveCompatibility(subjectOrNull).name();
    }
    return store.subjectCompatibility(subjectOrNull)
        .orElseThrow(() -> InMemorySchemaStore.subjectCompatibilityNotConfigured(subjectOrNull))
        .name();
  }

  // ---- parsing helpers ----

  private static CompatibilityLevel levelFrom(JsonNode body) {
    String name = body.path("compatibility").asText(null);
    return CompatibilityLevel.fromName(name)
        .orElseThrow(() -> SchemaRegistryException.invalidCompatibilityLevel(name));
  }

  /** The schema in a {"schema": "...", "schemaType"?, "references"?} body; only self-contained Avro. */
  private static Schema schemaFrom(ApiRequest request) {
    JsonNode body = request.jsonBody();
    String type = body.path("schemaType").asText("AVRO");
    if (!"AVRO".equalsIgnoreCase(type)) {
      throw SchemaRegistryException.invalidSchema("this registry supports only AVRO, got schemaType " + type);
    }
    if (body.path("references").size() > 0) {
      throw SchemaRegistryException.invalidSchema("schema references are not supported; send a self-contained schema");
    }
    JsonNode schema = body.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw SchemaRegistryException.invalidSchema("the body needs a \"schema\" string");
    }
    return InMemorySchemaStore.parseSchema(schema.asText());
  }

  private SchemaMetadata version(String subject, String version) {
    return LATEST.equals(version) || "-1".equals(version)
        ? store.latest(subject)
        : store.version(subject, versionNumber(version));
  }

  private static int versionNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw SchemaRegistryException.invalidVersion(text);
    }
  }

  private static int schemaId(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ApiException(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + text + " not found.");
    }
  }

  private static Map<String, Object> metadataJson(SchemaMetadata metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("subject", metadata.subject());
    json.put("version", metadata.version());
    json.put("id", metadata.id());
    json.put("schema", metadata.schema().toString());
    return json;
  }

  /** A read-only resource: GET answers {@code value}, anything else is 405. */
  private static ApiResponse get(ApiRequest request, Object value) {
    if (!request.is("GET")) {
      throw ApiException.methodNotAllowed();
    }
    return ApiResponse.ok(value);
  }
}
