package dev.newsflow.local.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schemas.registry.SchemaMetadata;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A status and a JSON body, as the Confluent API answers; the handler picks the media type. Immutable. */
record ApiResponse(int status, byte[] body) {

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

  /** Confluent's schema entity for Avro: subject, version, id, schema (schemaType and references left out). */
  static Map<String, Object> schemaJson(SchemaMetadata metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("subject", metadata.subject());
    json.put("version", metadata.version());
    json.put("id", metadata.id());
    json.put("schema", metadata.schema().toString());
    return json;
  }

  private static ApiResponse of(int status, Object value) {
    try {
      return new ApiResponse(status, JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write registry response", e);
    }
  }
}
