package dev.newsflow.local.registry;

import dev.newsflow.schemas.registry.CompatibilityChecker;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /compatibility/subjects/{s}/versions[/{v}]}: would a schema pass the subject's level, against
 * every live version (as registering checks it) or against one ({@code latest} being the newest, which a
 * subject without versions passes)? Thread-safe: stateless apart from the thread-safe store.
 */
final class CompatibilityEndpoints {

  private final InMemorySchemaStore store;

  CompatibilityEndpoints(InMemorySchemaStore store) {
    this.store = store;
  }

  /** Routes a request whose first segment is "compatibility"; 404 for unknown paths, 405 for unknown methods. */
  Endpoint route(ApiRequest request) {
    boolean shapeOk = (request.size() == 4 || request.size() == 5)
        && "subjects".equals(request.segment(1)) && "versions".equals(request.segment(3));
    if (!shapeOk) {
      throw ApiException.notFound();
    }
    return Endpoint.byMethod(request, Map.of("POST", this::test));
  }

  /** The answer: {"is_compatible": bool}, with Avro's "messages" when {@code verbose}. */
  private ApiResponse test(ApiRequest request) {
    String subject = request.segment(2);
    int version = request.size() == 5 ? request.version(4) : 0;
    SchemaRequestBody body = SchemaRequestBody.from(request);
    CompatibilityChecker.Result result = version == 0
        ? store.testCompatibility(subject, body.schema())
        : store.testCompatibility(subject, version, body.schema());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("is_compatible", result.compatible());
    if (request.flag("verbose")) {
      json.put("messages", result.messages());
    }
    return ApiResponse.ok(json);
  }
}
