package dev.newsflow.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.schemas.registry.InMemorySchemaStore;
import dev.newsflow.schemas.registry.RestSchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSchemaRegistryTest {

  private static final Schema V1 = SchemaBuilder.record("Article").namespace("t").fields()
      .requiredString("id").endRecord();
  private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("Article").namespace("t").fields()
      .requiredString("id").name("lang").type().stringType().stringDefault("en").endRecord();
  private static final Schema V2_REQUIRED = SchemaBuilder.record("Article").namespace("t").fields()
      .requiredString("id").requiredString("lang").endRecord();
  private static final Schema OTHER = SchemaBuilder.record("Other").namespace("t").fields()
      .requiredLong("n").endRecord();
  private static final ObjectMapper JSON = new ObjectMapper();

  private EmbeddedSchemaRegistry registry;
  private RestSchemaRegistryClient client;

  @BeforeEach
  void start() {
    registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, null);
    client = newClient();
  }

  @AfterEach
  void stop() {
    client.close();
    registry.close();
  }

  @Test
  void shouldServeOnLoopbackUrlWithTheBoundPort() {
    assertThat(registry.port()).isPositive();
    assertThat(registry.url()).isEqualTo("http://127.0.0.1:" + registry.port());
  }

  @Test
  void shouldGiveIdsFromOneAndKeepThemStable() {
    int first = client.register("a-value", V1);
    int second = client.register("b-value", OTHER);

    try (RestSchemaRegistryClient uncached = newClient()) {
      assertThat(first).isEqualTo(1);
      assertThat(second).isEqualTo(2);
      assertThat(uncached.register("a-value", V1)).isEqualTo(first);
      assertThat(uncached.lookupId("a-value", V1)).isEqualTo(first);
      assertThat(uncached.getById(first)).isEqualTo(V1);
      assertThat(uncached.getLatest("a-value")).isEqualTo(new SchemaMetadata(first, 1, "a-value", V1));
    }
  }

  @Test
  void shouldGiveTheSameIdToTheSameSchemaUnderTwoSubjects() {
    int id = client.register("news.raw-value", V1);

    assertThat(client.register("news.copy-value", V1)).isEqualTo(id);
    assertThat(client.subjects()).containsExactly("news.copy-value", "news.raw-value");
  }

  @Test
  void shouldAddVersionsForCompatibleEvolution() throws Exception {
    int v1 = client.register("a-value", V1);
    int v2 = client.register("a-value", V2_WITH_DEFAULT);

    assertThat(client.getVersion("a-value", 1)).isEqualTo(new SchemaMetadata(v1, 1, "a-value", V1));
    assertThat(client.getLatest("a-value")).isEqualTo(new SchemaMetadata(v2, 2, "a-value", V2_WITH_DEFAULT));
    assertThat(get("/subjects/a-value/versions").body()).isEqualTo("[1,2]");
  }

  @Test
  void shouldMapUnknownSubjectTo40401() {
    assertThatThrownBy(() -> client.getLatest("missing"))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(404);
          assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
          assertThat(e.getMessage()).isEqualTo("Subject 'missing' not found.");
        });
  }

  @Test
  void shouldMapUnknownSchemaIdAndUnregisteredSchemaTo40403() {
    client.register("a-value", V1);

    assertThat(errorOf(() -> client.getById(42)).errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
    assertThat(errorOf(() -> client.lookupId("a-value", OTHER)).errorCode())
        .isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
    assertThat(errorOf(() -> client.getVersion("a-value", 9)).errorCode())
        .isEqualTo(SchemaRegistryException.VERSION_NOT_FOUND);
  }

  @Test
  void shouldMapIncompatibleSchemaTo409() {
    client.register("a-value", V1);

    assertThat(client.testCompatibility("a-value", V2_REQUIRED)).isFalse();
    assertThat(client.testCompatibility("a-value", V2_WITH_DEFAULT)).isTrue();
    SchemaRegistryException e = errorOf(() -> client.register("a-value", V2_REQUIRED));
    assertThat(e.httpStatus()).isEqualTo(409);
    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
    assertThat(e.getMessage()).contains("incompatible").contains("lang");
  }

  @Test
  void shouldTreatAnyFirstSchemaAsCompatible() {
    assertThat(client.testCompatibility("new-subject", V2_REQUIRED)).isTrue();
  }

  @Test
  void shouldMapUnparsableSchemaTo42201() throws Exception {
    HttpResponse<String> response = post("/subjects/a-value/versions", "{\"schema\": \"{\\\"type\\\": \\\"nope\\\"}\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).get("error_code").asInt()).isEqualTo(42201);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void shouldAnswerMalformedJsonWith400() throws Exception {
    HttpResponse<String> response = post("/subjects/a-value/versions", "{not json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error_code").asInt()).isEqualTo(400);
  }

  @Test
  void shouldSetAndGetCompatibilityGloballyAndPerSubject() throws Exception {
    assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");

    client.setCompatibility("a-value", "NONE");
    client.setCompatibility(null, "FULL");

    assertThat(client.getCompatibility(null)).isEqualTo("FULL");
    assertThat(client.getCompatibility("a-value")).isEqualTo("NONE");
    assertThat(client.getCompatibility("b-value")).isEqualTo("FULL");
    assertThat(JSON.readTree(get("/config/b-value").body()).get("error_code").asInt()).isEqualTo(40408);
    client.register("a-value", V1);
    assertThat(client.register("a-value", V2_REQUIRED)).isEqualTo(2);
  }

  @Test
  void shouldRejectInvalidCompatibilityLevelWith42203() {
    SchemaRegistryException e = errorOf(() -> client.setCompatibility(null, "SIDEWAYS"));

    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL);
  }

  @Test
  void shouldAnswerWithConfluentResponseShapes() throws Exception {
    client.register("a-value", V1);

    JsonNode latest = JSON.readTree(get("/subjects/a-value/versions/latest").body());
    JsonNode byId = JSON.readTree(get("/schemas/ids/1").body());
    JsonNode config = JSON.readTree(get("/config").body());

    assertThat(latest.fieldNames()).toIterable().containsExactly("subject", "version", "id", "schema");
    assertThat(latest.get("schema").asText()).isEqualTo(V1.toString());
    assertThat(byId.fieldNames()).toIterable().containsExactly("schema");
    assertThat(config.get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    assertThat(get("/subjects").body()).isEqualTo("[\"a-value\"]");
    assertThat(get("/no/such/path").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldEncodeAndDecodeSubjectsWithSpecialCharacters() {
    String subject = "odd/subject name+1-value";

    int id = client.register(subject, V1);

    assertThat(client.subjects()).containsExactly(subject);
    assertThat(client.getLatest(subject).id()).isEqualTo(id);
  }

  @Test
  void shouldSoftDeleteSubjectKeepingItsIds() throws Exception {
    int id = client.register("a-value", V1);

    HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/subjects/a-value")).DELETE());

    assertThat(deleted.body()).isEqualTo("[1]");
    assertThat(client.subjects()).isEmpty();
    assertThat(newClient().getById(id)).isEqualTo(V1);
  }

  @Test
  void shouldFailOverToTheNextUrlWhenTheFirstRefusesConnections() {
    try (RestSchemaRegistryClient failover = RestSchemaRegistryClient.builder(
        "http://127.0.0.1:1," + registry.url()).build()) {
      assertThat(failover.register("a-value", V1)).isEqualTo(1);
    }
  }

  @Test
  void shouldMapUnreachableRegistryToErrorCodeMinusOne() {
    try (RestSchemaRegistryClient dead = RestSchemaRegistryClient.builder("http://127.0.0.1:1").build()) {
      SchemaRegistryException e = errorOf(dead::subjects);
      assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.IO_ERROR);
      assertThat(e.getCause()).isInstanceOf(IOException.class);
    }
  }

  @Test
  void shouldKeepStateAcrossRestartWithTheSameFile(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("sub/registry.json");
    int v1;
    int other;
    try (EmbeddedSchemaRegistry first = EmbeddedSchemaRegistry.start("127.0.0.1", 0, state);
       RestSchemaRegistryClient c = RestSchemaRegistryClient.builder(first.url()).build()) {
      v1 = c.register("a-value", V1);
      c.register("a-value", V2_WITH_DEFAULT);
      other = c.register("b-value", OTHER);
      c.setCompatibility("b-value", "NONE");
    }
    assertThat(state).exists();
    assertThat(Files.list(dir.resolve("sub"))).containsExactly(state);

    try (EmbeddedSchemaRegistry second = EmbeddedSchemaRegistry.start("127.0.0.1", 0, state);
       RestSchemaRegistryClient c = RestSchemaRegistryClient.builder(second.url()).build()) {
      assertThat(c.getById(v1)).isEqualTo(V1);
      assertThat(c.lookupId("b-value", OTHER)).isEqualTo(other);
      assertThat(c.getLatest("a-value").version()).isEqualTo(2);
      assertThat(c.getCompatibility("b-value")).isEqualTo("NONE");
      assertThat(c.register("c-value", SchemaBuilder.record("C").fields().endRecord())).isEqualTo(4);
    }
  }

  @Test
  void shouldRefuseToStartFromACorruptStateFile(@TempDir Path dir) throws Exception {
    Path state = Files.writeString(dir.resolve("registry.json"), "{ not json");

    assertThatThrownBy(() -> EmbeddedSchemaRegistry.start("127.0.0.1", 0, state))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(state.toString());
  }

  @Test
  void shouldRefuseBodyDeclaredLargerThanTheLimitWith413() throws Exception {
    // A raw request that only announces its size: the registry must refuse before reading it.
    String request = "POST /subjects/a-value/versions HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Content-Type: application/vnd.schemaregistry.v1+json\r\n"
        + "Content-Length: " + (EmbeddedSchemaRegistry.MAX_BODY_BYTES + 1) + "\r\n\r\n";
    try (Socket socket = new Socket("127.0.0.1", registry.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader in = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

      assertThat(in.readLine()).startsWith("HTTP/1.1 413");
      int contentLength = -1;
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          contentLength = Integer.parseInt(line.substring("content-length:".length()).trim());
        }
      }
      char[] body = new char[contentLength];
      assertThat(in.read(body, 0, contentLength)).isEqualTo(contentLength);
      assertThat(JSON.readTree(new String(body)).get("error_code").asInt()).isEqualTo(413);
    }
  }

  @Test
  void shouldRefuseStreamedBodyOverTheLimitWith413() throws Exception {
    // No Content-Length (chunked): the limit is enforced while reading. A 10-byte limit keeps it fast.
    RegistryApi api = new RegistryApi(new InMemorySchemaStore(), () -> { });
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", new RegistryHttpHandler(api, 10, dev.newsflow.ops.http.CrossSiteGuard.standard()));
    server.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/subjects/a/versions");
      HttpResponse<String> tooBig = send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers
          .ofInputStream(() -> new ByteArrayInputStream("{\"schema\":1}".getBytes(StandardCharsets.UTF_8)))));
      HttpResponse<String> fits = send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers
          .ofInputStream(() -> new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))));

      assertThat(tooBig.statusCode()).isEqualTo(413);
      assertThat(fits.statusCode()).isEqualTo(422);
    } finally {
      server.stop(0);
    }
  }

  private RestSchemaRegistryClient newClient() {
    return RestSchemaRegistryClient.builder(registry.url()).build();
  }

  private URI uri(String path) {
    return URI.create(registry.url() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static SchemaRegistryException errorOf(Runnable call) {
    try {
      call.run();
    } catch (SchemaRegistryException e) {
      return e;
    }
    throw new AssertionError("expected a SchemaRegistryException");
  }
}
