/**
 * A small Confluent-compatible Schema Registry client: the {@link
 * dev.newsflow.schemas.registry.SchemaRegistryClient} API, a REST implementation for real
 * registries (Confluent, Redpanda, Karapace, Apicurio ccompat), and an in-memory one for tests
 * sharing its rules ({@link dev.newsflow.schemas.registry.InMemorySchemaStore},
 * {@link dev.newsflow.schemas.registry.CompatibilityChecker}) with the embedded registry server.
 */
package dev.newsflow.schemas.registry;
