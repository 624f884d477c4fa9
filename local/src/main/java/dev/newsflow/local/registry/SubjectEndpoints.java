package dev.newsflow.local.registry;

import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.registry.VersionFilter;
import java.util.List;
import java.util.Map;

/**
 * {@code /subjects} and everything under it: list, look up, register, fetch and delete versions, and
 * {@code referencedby}, which is always empty since schemas here reference nothing. Thread-safe: stateless
 * apart from the thread-safe store.
 */
final class SubjectEndpoints {

  /** Confluent's default {@code subjectPrefix}: every context, which here is all subjects. */
  private static final String ALL_CONTEXTS = ":*:";

  private final InMemorySchemaStore store;

  SubjectEndpoints(InMemorySchemaStore store) {
    this.store = store;
  }

  /** Routes a request whose first segment is "subjects"; 404 for unknown paths, 405 for unknown methods. */
  Endpoint route(ApiRequest request) {
    if (request.size() == 1) {
      return Endpoint.byMethod(request, Map.of("GET", this::list));
    }
    if (request.size() == 2) {
      return Endpoint.byMethod(request, Map.of("POST", this::lookup, "DELETE", this::deleteSubject));
    }
    if (!"versions".equals(request.segment(2)) || request.size() > 5) {
      throw ApiException.notFound();
    }
    if (request.size() == 3) {
      return Endpoint.byMethod(request, Map.of("GET", this::versions, "POST", this::register));
    }
    if (request.size() == 4) {
      return Endpoint.byMethod(request, Map.of("GET", this::version, "DELETE", this::deleteVersion));
    }
    return switch (request.segment(4)) {
      case "schema" -> Endpoint.byMethod(request, Map.of("GET", this::versionSchemaOnly));
      case "referencedby" -> Endpoint.byMethod(request, Map.of("GET", this::referencedBy));
      default -> throw ApiException.notFound();
    };
  }

  /** GET /subjects?subjectPrefix&deleted&deletedOnly&offset&limit */
  private ApiResponse list(ApiRequest request) {
    String prefix = request.text("subjectPrefix", "");
    List<String> subjects = store.subjects(ALL_CONTEXTS.equals(prefix) ? "" : prefix, filter(request));
    return ApiResponse.ok(Paging.page(request, subjects));
  }

  /** POST /subjects/{s}?deleted: the subject's version holding the schema. */
  private ApiResponse lookup(ApiRequest request) {
    SchemaRequestBody body = SchemaRequestBody.from(request);
    return ApiResponse.ok(ApiResponse.schemaJson(
        store.lookup(subject(request), body.schema(), request.flag("deleted"))));
  }

  /** DELETE /subjects/{s}?permanent */
  private ApiResponse deleteSubject(ApiRequest request) {
    return ApiResponse.ok(store.deleteSubject(subject(request), request.flag("permanent")));
  }

  /** GET /subjects/{s}/versions?deleted&deletedOnly&offset&limit */
  private ApiResponse versions(ApiRequest request) {
    return ApiResponse.ok(Paging.page(request, store.versions(subject(request), filter(request))));
  }

  /** POST /subjects/{s}/versions: registers, with the id and version given when the mode allows them. */
  private ApiResponse register(ApiRequest request) {
    SchemaRequestBody body = SchemaRequestBody.from(request);
    int id = store.register(subject(request), body.schema(), body.explicitId(), body.explicitVersion());
    return ApiResponse.ok(Map.of("id", id));
  }

  /** GET /subjects/{s}/versions/{v}?deleted */
  private ApiResponse version(ApiRequest request) {
    return ApiResponse.ok(ApiResponse.schemaJson(versionOf(request)));
  }

  /** GET /subjects/{s}/versions/{v}/schema?deleted: the schema's own JSON. */
  private ApiResponse versionSchemaOnly(ApiRequest request) {
    return ApiResponse.rawJson(versionOf(request).schema().toString());
  }

  /** DELETE /subjects/{s}/versions/{v}?permanent: the deleted version's number. */
  private ApiResponse deleteVersion(ApiRequest request) {
    return ApiResponse.ok(store.deleteVersion(subject(request), request.version(3), request.flag("permanent")));
  }

  /** GET /subjects/{s}/versions/{v}/referencedby: no schema here has references, so none refers to this one. */
  private ApiResponse referencedBy(ApiRequest request) {
    store.version(subject(request), request.version(3), true);
    return ApiResponse.ok(List.of());
  }

  private SchemaMetadata versionOf(ApiRequest request) {
    return store.version(subject(request), request.version(3), request.flag("deleted"));
  }

  private static String subject(ApiRequest request) {
    return request.segment(1);
  }

  private static VersionFilter filter(ApiRequest request) {
    return VersionFilter.of(request.flag("deleted"), request.flag("deletedOnly"));
  }
}
