/**
 * The embedded Confluent-API schema registry of the local stack ({@link
 * dev.newsflow.local.registry.EmbeddedSchemaRegistry}): {@code RegistryHttpHandler} is the one HTTP entry
 * point (media types, error JSON), {@code RegistryApi} routes to one endpoints class per resource (subjects,
 * schemas, config, compatibility, mode). Its rules come from
 * {@code dev.newsflow.schemas.registry.InMemorySchemaStore}, shared with the mock client.
 */
package dev.newsflow.local.registry;
