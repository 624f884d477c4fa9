package dev.newsflow.local.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's state file: files written before modes existed still load; modes and imports survive restarts. */
class RegistryStateFileTest {

  /** A state file as the registry wrote it before modes: a soft-deleted version and a subject level. */
  private static final String BEFORE_MODES = """
      {
        "formatVersion" : 1,
        "globalCompatibility" : "BACKWARD",
        "nextId" : 3,
        "schemas" : [ {
          "id" : 1,
          "schema" : "{\\"type\\":\\"record\\",\\"name\\":\\"A\\",\\"fields\\":[]}"
        }, {
          "id" : 2,
          "schema" : "{\\"type\\":\\"record\\",\\"name\\":\\"B\\",\\"fields\\":[]}"
        } ],
        "subjects" : [ {
          "subject" : "a-value",
          "compatibility" : "NONE",
          "versions" : [ {
            "version" : 1,
            "id" : 1,
            "deleted" : false
          } ]
        }, {
          "subject" : "b-value",
          "compatibility" : null,
          "versions" : [ {
            "version" : 1,
            "id" : 2,
            "deleted" : true
          } ]
        } ]
      }
      """;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void shouldLoadAFileWrittenBeforeModes(@TempDir Path dir) throws Exception {
    Path state = Files.writeString(dir.resolve("schema-registry.json"), BEFORE_MODES);

    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, state)) {
      assertThat(get(registry, "/subjects").toString()).isEqualTo("[\"a-value\"]");
      assertThat(get(registry, "/subjects?deletedOnly=true").toString()).isEqualTo("[\"b-value\"]");
      assertThat(get(registry, "/config/a-value").get("compatibilityLevel").asText()).isEqualTo("NONE");
      assertThat(get(registry, "/mode").get("mode").asText()).isEqualTo("READWRITE");
      assertThat(get(registry, "/schemas/ids/2/versions?deleted=true").toString())
          .isEqualTo("[{\"subject\":\"b-value\",\"version\":1}]");
      assertThat(send(registry, "POST", "/subjects/c-value/versions",
          "{\"schema\": \"{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"C\\\", \\\"fields\\\": []}\"}")
          .get("id").asInt()).isEqualTo(3);
    }
  }

  @Test
  void shouldKeepModesImportedIdsAndDeletedVersionsAcrossRestart(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("schema-registry.json");
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, state)) {
      send(registry, "PUT", "/mode/a-value", "{\"mode\": \"IMPORT\"}");
      send(registry, "POST", "/subjects/a-value/versions",
          "{\"id\": 50, \"version\": 4, \"schema\": \"{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"A\\\","
              + " \\\"fields\\\": []}\"}");
      send(registry, "PUT", "/mode/a-value", "{\"mode\": \"READWRITE\"}");
      send(registry, "DELETE", "/subjects/a-value/versions/4", null);
      send(registry, "PUT", "/mode/b-value", "{\"mode\": \"IMPORT\"}");
      send(registry, "PUT", "/mode", "{\"mode\": \"READONLY\"}");
    }

    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, state)) {
      assertThat(get(registry, "/mode").get("mode").asText()).isEqualTo("READONLY");
      assertThat(get(registry, "/mode/b-value").get("mode").asText()).isEqualTo("IMPORT");
      assertThat(get(registry, "/subjects/a-value/versions?deleted=true").toString()).isEqualTo("[4]");
      assertThat(get(registry, "/schemas/ids/50?fetchMaxId=true").get("maxId").asInt()).isEqualTo(50);
    }
  }

  private static JsonNode get(EmbeddedSchemaRegistry registry, String path) throws Exception {
    return send(registry, "GET", path, null);
  }

  private static JsonNode send(EmbeddedSchemaRegistry registry, String method, String path, String body)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(registry.url() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
