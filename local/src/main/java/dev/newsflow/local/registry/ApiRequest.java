package dev.newsflow.local.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
      query.put(name, value);
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

  boolean flag(String name) {
    return Boolean.parseBoolean(query.getOrDefault(name, "false"));
  }

  /** The body as a JSON object; 400 if it is not one. */
  JsonNode jsonBody() {
    byte[] bytes = body.get();
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new ApiException(400, 400, "Request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ApiException(400, 400, "Malformed JSON request body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ApiException(400, 400, "Unreadable request body: " + e.getMessage());
    }
  }
}
