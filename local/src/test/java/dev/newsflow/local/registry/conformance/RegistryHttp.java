package dev.newsflow.local.registry.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * Raw HTTP to a registry for the conformance tests: requests as a curl user would send them, answers as
 * status, media type and body, and the checks every Confluent error answer must pass.
 */
final class RegistryHttp {

  static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
  static final ObjectMapper JSON = new ObjectMapper();
  /** A Java class name of ours, the JDK's or a library's, or an exception's, which no answer may show. */
  private static final Pattern INTERNAL_NAME = Pattern.compile(
      "(java|javax|jdk|sun|org\\.apache|com\\.fasterxml|dev\\.newsflow)\\.[a-z0-9_.]*[A-Z]|Exception");
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String baseUrl;

  RegistryHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** One answer: status, Content-Type and body. */
  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }

    int errorCode() {
      return json().path("error_code").asInt();
    }
  }

  /** Test schemas: records named {@code name} with the given string fields. */
  static Schema record(String name, String... fields) {
    SchemaBuilder.FieldAssembler<Schema> assembler = SchemaBuilder.record(name).namespace("t").fields();
    for (String field : fields) {
      assembler = assembler.requiredString(field);
    }
    return assembler.endRecord();
  }

  /** A register/lookup body: {"schema": "..."} plus any extra fields. */
  static String body(Schema schema, Map<String, Object> extra) {
    ObjectNode node = JSON.createObjectNode().put("schema", schema.toString());
    extra.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
    return node.toString();
  }

  static String body(Schema schema) {
    return body(schema, Map.of());
  }

  Answer get(String path) {
    return send("GET", path, null, Map.of());
  }

  Answer post(String path, String json) {
    return send("POST", path, json, Map.of("Content-Type", V1_JSON));
  }

  Answer put(String path, String json) {
    return send("PUT", path, json, Map.of("Content-Type", V1_JSON));
  }

  Answer delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  /** Registers the schema under the subject and returns its id, failing the test on any error. */
  int register(String subject, Schema schema) {
    Answer answer = post("/subjects/" + subject + "/versions", body(schema));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().get("id").asInt();
  }

  Answer send(String method, String path, String bodyOrNull, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method,
        bodyOrNull == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(bodyOrNull));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Confluent's error shape with this status and code, a message, and no internal names in it. */
  static void assertError(Answer answer, int status, int errorCode) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.errorCode()).as(answer.body()).isEqualTo(errorCode);
    String message = answer.json().path("message").asText("");
    assertThat(message).isNotBlank().doesNotContainPattern(INTERNAL_NAME);
  }
}
