package dev.newsflow.local.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One request to the embedded registry, independent of the HTTP server: method, decoded path
 * segments, query parameters, and the body, read only when asked for. Not thread-safe; one per request.
 */
record ApiRequest(String method, List<String> segments, Map<String, String> query, Supplier<byte[]> body) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LATEST = "latest";

  /** Splits a raw path into decoded segments; "%2F" stays inside its segment, '+' stays a plus. */
  static List<String> segmentsOf(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/")) {
      if (!raw.isEmpty()) {
        segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  static Map<String, String> queryOf(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(name, value);
    }
    return query;
  }

  boolean is(String expectedMethod) {
    return method.equalsIgnoreCase(expectedMethod);
  }

  int size() {
    return segments.size();
  }

  String segment(int index) {
    return segments.get(index);
  }

  /** A boolean query parameter; like JAX-RS, anything but "true" (any case) is false. */
  boolean flag(String name) {
    return Boolean.parseBoolean(query.getOrDefault(name, "false"));
  }

  /** A text query parameter, or the default when absent. */
  String text(String name, String defaultValue) {
    return query.getOrDefault(name, defaultValue);
  }

  /** An integer query parameter, or the default when absent or empty; 400 when it is not a number. */
  int integer(String name, int defaultValue) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Query parameter '" + name + "' must be an integer, got '" + value + "'");
    }
  }

  /**
   * The version in path segment {@code index}: a number from 1, or "latest"/-1 as
   * {@link InMemorySchemaStore#LATEST}; 42202 otherwise, as Confluent answers.
   */
  int version(int index) {
    String text = segment(index);
    if (LATEST.equals(text)) {
      return InMemorySchemaStore.LATEST;
    }
    try {
      int version = Integer.parseInt(text);
      if (version == InMemorySchemaStore.LATEST || version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // Falls through to the invalid-version answer.
    }
    throw SchemaRegistryException.invalidVersion(text);
  }

  /** The body as a JSON object; 400 if it is not one. */
  JsonNode jsonBody() {
    byte[] bytes = body.get();
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("Request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw ApiException.badRequest("Malformed JSON request body" + where);
    } catch (IOException e) {
      throw ApiException.badRequest("Unreadable request body");
    }
  }
}
