package dev.newsflow.schemas.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Creates registry clients from URLs and Kafka-style configs: a shared
 * {@link MockSchemaRegistryClient} for {@code mock://scope} (the same scope gives the same
 * instance within a JVM, so a test's producer and consumer see one registry), otherwise a new
 * {@link RestSchemaRegistryClient}.
 *
 * <p>Thread-safe.
 */
public final class SchemaRegistryClients {

  private static final ConcurrentMap<String, MockSchemaRegistryClient> MOCK_SCOPES = new ConcurrentHashMap<>();

  private SchemaRegistryClients() {
  }

  /**
   * A client for {@code urls} (comma-separated), configured from {@code configs} (see
   * {@link SchemaRegistryClientConfig}); {@code urls} overrides any URL in the configs.
   */
  public static SchemaRegistryClient create(String urls, Map<String, ?> configs) {
    Objects.requireNonNull(urls, "urls");
    Map<String, Object> merged = new HashMap<>(configs == null ? Map.of() : configs);
    merged.put(SchemaRegistryClientConfig.URL, urls);
    return create(new SchemaRegistryClientConfig(merged));
  }

  /** A client for an already validated config. */
  public static SchemaRegistryClient create(SchemaRegistryClientConfig config) {
    if (config.mockScope().isPresent()) {
      return mockScope(config.mockScope().get());
    }
    RestSchemaRegistryClient.Builder builder = RestSchemaRegistryClient.builder(config.urlString())
        .connectTimeout(config.connectTimeout())
        .requestTimeout(config.requestTimeout());
    config.basicAuthUserInfo().ifPresent(builder::basicAuth);
    config.sslContext().ifPresent(builder::sslContext);
    return builder.build();
  }

  /** The shared in-memory registry of a scope, created on first use. */
  public static MockSchemaRegistryClient mockScope(String scope) {
    return MOCK_SCOPES.computeIfAbsent(Objects.requireNonNull(scope, "scope"), s -> new MockSchemaRegistryClient());
  }

  /** Forgets a scope, so the next use starts from an empty registry (for test isolation). */
  public static void dropScope(String scope) {
    MOCK_SCOPES.remove(scope);
  }
}
