package dev.newsflow.local.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.schemas.registry.CompatibilityLevel;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.util.List;
import java.util.Map;

/**
 * {@code /config} and {@code /config/{s}}: compatibility levels, global and per subject. Of Confluent's
 * config properties only {@code compatibility} is stored; a request setting another one (normalisation,
 * aliases, compatibility groups, default or override metadata and rule sets) is refused rather than
 * half-applied. Thread-safe: stateless apart from the thread-safe store.
 */
final class ConfigEndpoints {

  /** Properties Confluent's config takes that this registry does not keep; false is what it does anyway. */
  private static final List<String> UNSUPPORTED = List.of("alias", "normalize", "validateFields", "validateRules",
      "compatibilityGroup", "defaultMetadata", "overrideMetadata");
  private static final List<String> RULE_SETS = List.of("defaultRuleSet", "overrideRuleSet");

  private final InMemorySchemaStore store;

  ConfigEndpoints(InMemorySchemaStore store) {
    this.store = store;
  }

  /** Routes a request whose first segment is "config"; 404 for unknown paths, 405 for unknown methods. */
  Endpoint route(ApiRequest request) {
    if (request.size() == 1) {
      return Endpoint.byMethod(request, Map.of(
          "GET", r -> level("compatibilityLevel", store.globalCompatibility()),
          "PUT", this::setGlobal,
          "DELETE", r -> level("compatibilityLevel", store.resetGlobalCompatibility())));
    }
    if (request.size() == 2) {
      return Endpoint.byMethod(request, Map.of("GET", this::subjectLevel, "PUT", this::setSubject,
          "DELETE", r -> level("compatibilityLevel", store.clearSubjectCompatibility(r.segment(1)))));
    }
    throw ApiException.notFound();
  }

  private ApiResponse setGlobal(ApiRequest request) {
    CompatibilityLevel level = levelFrom(request.jsonBody());
    store.setGlobalCompatibility(level);
    return level("compatibility", level);
  }

  private ApiResponse setSubject(ApiRequest request) {
    CompatibilityLevel level = levelFrom(request.jsonBody());
    store.setSubjectCompatibility(request.segment(1), level);
    return level("compatibility", level);
  }

  /** GET /config/{s}?defaultToGlobal: the subject's own level, 40408 if it has none (unless defaulting). */
  private ApiResponse subjectLevel(ApiRequest request) {
    String subject = request.segment(1);
    CompatibilityLevel level = request.flag("defaultToGlobal")
        ? store.effectiveCompatibility(subject)
        : store.subjectCompatibility(subject)
            .orElseThrow(() -> InMemorySchemaStore.subjectCompatibilityNotConfigured(subject));
    return level("compatibilityLevel", level);
  }

  private static CompatibilityLevel levelFrom(JsonNode body) {
    for (String field : RULE_SETS) {
      refuseIfSet(body, field, SchemaRegistryException.INVALID_RULESET);
    }
    for (String field : UNSUPPORTED) {
      refuseIfSet(body, field, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL);
    }
    String name = body.path("compatibility").asText(null);
    return CompatibilityLevel.fromName(name)
        .orElseThrow(() -> SchemaRegistryException.invalidCompatibilityLevel(name));
  }

  private static void refuseIfSet(JsonNode body, String field, int errorCode) {
    JsonNode value = body.get(field);
    boolean unset = value == null || value.isNull() || value.isBoolean() && !value.asBoolean()
        || value.isContainerNode() && value.isEmpty();
    if (!unset) {
      throw new SchemaRegistryException(422, errorCode, "Config property " + field
          + " is not supported by this registry, which keeps only the compatibility level");
    }
  }

  private static ApiResponse level(String field, CompatibilityLevel level) {
    return ApiResponse.ok(Map.of(field, level.name()));
  }
}
