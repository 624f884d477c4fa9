package dev.newsflow.local.registry;

import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.avro.Schema;

/**
 * {@code /schemas}: the list of schemas, the supported types, and a schema by global id with the subjects and
 * versions that hold it. Schemas here are self-contained Avro, so every {@code format} (default or resolved)
 * is the same text; there are no aliases and no rules, so {@code aliases} adds nothing and a {@code ruleType}
 * filter matches nothing. Thread-safe: stateless apart from the thread-safe store.
 */
final class SchemaEndpoints {

  private final InMemorySchemaStore store;

  SchemaEndpoints(InMemorySchemaStore store) {
    this.store = store;
  }

  /** Routes a request whose first segment is "schemas"; 404 for unknown paths, 405 for unknown methods. */
  Endpoint route(ApiRequest request) {
    if (request.size() == 1) {
      return Endpoint.byMethod(request, Map.of("GET", this::list));
    }
    if (request.size() == 2 && "types".equals(request.segment(1))) {
      return Endpoint.byMethod(request, Map.of("GET", r -> ApiResponse.ok(List.of("AVRO"))));
    }
    if (request.size() < 3 || request.size() > 4 || !"ids".equals(request.segment(1))) {
      throw ApiException.notFound();
    }
    if (request.size() == 3) {
      return Endpoint.byMethod(request, Map.of("GET", this::byId));
    }
    return switch (request.segment(3)) {
      case "schema" -> Endpoint.byMethod(request, Map.of("GET", this::schemaOnly));
      case "subjects" -> Endpoint.byMethod(request, Map.of("GET", this::subjectsOfId));
      case "versions" -> Endpoint.byMethod(request, Map.of("GET", this::versionsOfId));
      default -> throw ApiException.notFound();
    };
  }

  /** GET /schemas?subjectPrefix&deleted&latestOnly&ruleType&offset&limit */
  private ApiResponse list(ApiRequest request) {
    List<SchemaMetadata> schemas = request.text("ruleType", "").isEmpty()
        ? store.schemas(request.text("subjectPrefix", ""), request.flag("deleted"), request.flag("latestOnly"))
        : List.of();
    return ApiResponse.ok(Paging.page(request, schemas).stream().map(ApiResponse::schemaJson).toList());
  }

  /** GET /schemas/ids/{id}?fetchMaxId: {"schema": "..."} and, if asked, the highest id. */
  private ApiResponse byId(ApiRequest request) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schema", schema(request).toString());
    if (request.flag("fetchMaxId")) {
      json.put("maxId", store.maxId());
    }
    return ApiResponse.ok(json);
  }

  /** GET /schemas/ids/{id}/schema: the schema's own JSON. */
  private ApiResponse schemaOnly(ApiRequest request) {
    return ApiResponse.rawJson(schema(request).toString());
  }

  /** GET /schemas/ids/{id}/subjects?subject&deleted&offset&limit */
  private ApiResponse subjectsOfId(ApiRequest request) {
    List<String> subjects = versionsOf(request).stream().map(SchemaMetadata::subject).distinct().toList();
    return ApiResponse.ok(Paging.page(request, subjects));
  }

  /** GET /schemas/ids/{id}/versions?subject&deleted&offset&limit: [{"subject", "version"}] */
  private ApiResponse versionsOfId(ApiRequest request) {
    List<Map<String, Object>> versions = versionsOf(request).stream().map(SchemaEndpoints::subjectVersion).toList();
    return ApiResponse.ok(Paging.page(request, versions));
  }

  /** The versions holding the id, filtered by {@code subject} when given; 40403 for an unknown id. */
  private List<SchemaMetadata> versionsOf(ApiRequest request) {
    String subject = request.text("subject", "");
    Predicate<SchemaMetadata> wanted = subject.isEmpty() ? v -> true : v -> Objects.equals(v.subject(), subject);
    return store.versionsOfId(id(request), request.flag("deleted")).stream().filter(wanted).toList();
  }

  private static Map<String, Object> subjectVersion(SchemaMetadata metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("subject", metadata.subject());
    json.put("version", metadata.version());
    return json;
  }

  private Schema schema(ApiRequest request) {
    return store.schemaById(id(request));
  }

  private static int id(ApiRequest request) {
    String text = request.segment(2);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ApiException(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + text + " not found");
    }
  }
}
