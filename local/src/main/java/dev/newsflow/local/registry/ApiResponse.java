package dev.newsflow.local.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A status and a JSON body, as the Confluent API answers. Immutable. */
record ApiResponse(int status, byte[] body) {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static ApiResponse ok(Object value) {
    return of(200, value);
  }

  /** Confluent's error shape: {@code {"error_code": 40401, "message": "..."}}. */
  static ApiResponse error(int status, int errorCode, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", errorCode);
    body.put("message", message);
    return of(status, body);
  }

  /** A bare JSON document, e.g. a schema's own JSON text. */
  static ApiResponse rawJson(String json) {
    return new ApiResponse(200, json.getBytes(StandardCharsets.UTF_8));
  }

  private static ApiResponse of(int status, Object value) {
    try {
      return new ApiResponse(status, JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write registry response", e);
    }
  }
}
