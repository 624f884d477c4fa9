package dev.newsflow.local.registry.conformance;

import dev.newsflow.local.registry.EmbeddedSchemaRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh embedded registry per test, reached over real HTTP: what every conformance class starts from. */
abstract class RegistryConformance {

  EmbeddedSchemaRegistry registry;
  RegistryHttp http;

  @BeforeEach
  void startRegistry() {
    registry = EmbeddedSchemaRegistry.start();
    http = new RegistryHttp(registry.url());
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }
}
