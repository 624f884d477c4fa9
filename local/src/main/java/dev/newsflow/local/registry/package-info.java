/**
 * The embedded Confluent-API schema registry of the local stack ({@link
 * dev.newsflow.local.registry.EmbeddedSchemaRegistry}); its rules come from
 * {@code dev.newsflow.schemas.registry.InMemorySchemaStore}, shared with the mock client.
 */
package dev.newsflow.local.registry;
