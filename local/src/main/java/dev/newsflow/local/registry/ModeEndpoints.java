package dev.newsflow.local.registry;

import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.RegistryMode;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.util.Map;

/**
 * {@code /mode} and {@code /mode/{s}}: READWRITE, READONLY, READONLY_OVERRIDE or IMPORT, global and per
 * subject, as {@code {"mode": "..."}}; {@code force} lets IMPORT be entered over existing schemas.
 * Thread-safe: stateless apart from the thread-safe store.
 */
final class ModeEndpoints {

  private final InMemorySchemaStore store;

  ModeEndpoints(InMemorySchemaStore store) {
    this.store = store;
  }

  /** Routes a request whose first segment is "mode"; 404 for unknown paths, 405 for unknown methods. */
  Endpoint route(ApiRequest request) {
    if (request.size() == 1) {
      return Endpoint.byMethod(request, Map.of("GET", r -> mode(store.globalMode()), "PUT", this::set));
    }
    if (request.size() == 2) {
      return Endpoint.byMethod(request, Map.of("GET", this::subjectMode, "PUT", this::set,
          "DELETE", r -> mode(store.clearSubjectMode(r.segment(1)))));
    }
    throw ApiException.notFound();
  }

  /** GET /mode/{s}?defaultToGlobal: the subject's own mode, 40409 if it has none (unless defaulting). */
  private ApiResponse subjectMode(ApiRequest request) {
    String subject = request.segment(1);
    RegistryMode mode = request.flag("defaultToGlobal")
        ? store.effectiveMode(subject)
        : store.subjectMode(subject).orElseThrow(() -> new SchemaRegistryException(404,
            SchemaRegistryException.SUBJECT_MODE_NOT_CONFIGURED,
            "Subject '" + subject + "' does not have subject-level mode configured"));
    return mode(mode);
  }

  /** PUT /mode[/{s}]?force with {"mode": "..."}: sets it and echoes it; 42204 unknown mode, 42205 refused. */
  private ApiResponse set(ApiRequest request) {
    String name = request.jsonBody().path("mode").asText(null);
    RegistryMode mode = RegistryMode.fromName(name).orElseThrow(() -> SchemaRegistryException.invalidMode(name));
    store.setMode(request.size() == 2 ? request.segment(1) : null, mode, request.flag("force"));
    return mode(mode);
  }

  private static ApiResponse mode(RegistryMode mode) {
    return ApiResponse.ok(Map.of("mode", mode.name()));
  }
}
