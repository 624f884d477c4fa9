package dev.newsflow.local.registry;

import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.util.Map;

/**
 * The Confluent Schema Registry REST API over an {@link InMemorySchemaStore}: finds the endpoint for a
 * request (404 for an unknown path, 405 for a method the path does not take) so the handler can check media
 * types before anything runs. Failures are thrown (store errors as {@link SchemaRegistryException}, HTTP
 * ones as {@link ApiException}) and turned into error JSON by the handler. See docs/registry.md for the
 * endpoints, supported and refused. Thread-safe: stateless apart from the thread-safe store.
 */
final class RegistryApi {

  private final SubjectEndpoints subjects;
  private final SchemaEndpoints schemas;
  private final ConfigEndpoints config;
  private final CompatibilityEndpoints compatibility;
  private final ModeEndpoints modes;
  private final Runnable onChange;

  /** @param onChange run after every request that succeeded (persists the state if it changed) */
  RegistryApi(InMemorySchemaStore store, Runnable onChange) {
    this.subjects = new SubjectEndpoints(store);
    this.schemas = new SchemaEndpoints(store);
    this.config = new ConfigEndpoints(store);
    this.compatibility = new CompatibilityEndpoints(store);
    this.modes = new ModeEndpoints(store);
    this.onChange = onChange;
  }

  /** The endpoint that answers the request; 404 or 405 when there is none. */
  Endpoint route(ApiRequest request) {
    Endpoint endpoint = request.size() == 0
        ? Endpoint.byMethod(request, Map.of("GET", r -> ApiResponse.ok(Map.of())))
        : switch (request.segment(0)) {
          case "subjects" -> subjects.route(request);
          case "schemas" -> schemas.route(request);
          case "config" -> config.route(request);
          case "compatibility" -> compatibility.route(request);
          case "mode" -> modes.route(request);
          default -> throw ApiException.notFound();
        };
    return r -> {
      ApiResponse response = endpoint.call(r);
      onChange.run();
      return response;
    };
  }
}
