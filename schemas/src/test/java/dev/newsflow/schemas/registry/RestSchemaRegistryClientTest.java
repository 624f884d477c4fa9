package dev.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client against a stub server that records requests and plays canned answers. */
class RestSchemaRegistryClientTest {

  private static final Schema SCHEMA = SchemaBuilder.record("A").namespace("t").fields()
      .requiredString("id").endRecord();

  private record Recorded(String method, String rawPath, String contentType, String accept, String authorization,
              String body) {
  }

  private record Answer(int status, String body) {
  }

  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile boolean hang;
  private HttpServer server;
  private String url;

  @BeforeEach
  void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopStub() {
    release.countDown();
    server.stop(0);
  }

  @Test
  void shouldPostSchemaWithRegistryContentTypeToEncodedSubjectPath() {
    answers.add(new Answer(200, "{\"id\": 7}"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      assertThat(client.register("a b/c-value", SCHEMA)).isEqualTo(7);
    }

    Recorded request = requests.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawPath()).isEqualTo("/subjects/a%20b%2Fc-value/versions");
    assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(request.accept()).startsWith("application/vnd.schemaregistry.v1+json");
    assertThat(request.body()).isEqualTo("{\"schema\":" + quoted(SCHEMA.toString()) + "}");
  }

  @Test
  void shouldCallRegistryOncePerSchemaNotPerRecord() {
    answers.add(new Answer(200, "{\"id\": 7}"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      for (int i = 0; i < 3; i++) {
        assertThat(client.register("a-value", SCHEMA)).isEqualTo(7);
        assertThat(client.lookupId("a-value", SCHEMA)).isEqualTo(7);
        assertThat(client.getById(7)).isEqualTo(SCHEMA);
      }
    }

    assertThat(requests).hasSize(1);
  }

  @Test
  void shouldFetchSchemaByIdOnceAndCacheIt() {
    answers.add(new Answer(200, "{\"schema\": " + quoted(SCHEMA.toString()) + "}"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      assertThat(client.getById(3)).isEqualTo(SCHEMA);
      assertThat(client.getById(3)).isEqualTo(SCHEMA);
    }

    assertThat(requests).extracting(Recorded::rawPath).containsExactly("/schemas/ids/3");
  }

  @Test
  void shouldSendBasicAuthFromUrlUserInfoWithoutLeakingItIntoUrls() {
    answers.add(new Answer(200, "[]"));
    String withCredentials = url.replace("http://", "http://fred:s%40cret@");

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(withCredentials).build()) {
      client.subjects();
      assertThat(client.baseUrls()).containsExactly(url);
    }

    assertThat(requests.get(0).authorization()).isEqualTo(basic("fred:s@cret"));
  }

  @Test
  void shouldPreferExplicitBasicAuthOverUrlUserInfo() {
    answers.add(new Answer(200, "[]"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url.replace("//", "//x:y@"))
        .basicAuth("key:secret").build()) {
      client.subjects();
    }

    assertThat(requests.get(0).authorization()).isEqualTo(basic("key:secret"));
  }

  @Test
  void shouldMapErrorJsonToErrorCodeAndMessage() {
    answers.add(new Answer(404, "{\"error_code\": 40401, \"message\": \"Subject 'x' not found.\"}"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      assertThatThrownBy(() -> client.getLatest("x")).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.errorCode()).isEqualTo(40401);
        assertThat(e.getMessage()).isEqualTo("Subject 'x' not found.");
      });
    }
  }

  @Test
  void shouldMapNonJsonErrorToHttpStatusWithBodyInMessage() {
    answers.add(new Answer(502, "<html>Bad Gateway</html>"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      assertThatThrownBy(client::subjects).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
        assertThat(e.errorCode()).isEqualTo(502);
        assertThat(e.getMessage()).contains("Bad Gateway").contains("GET");
      });
    }
  }

  @Test
  void shouldFallBackToGlobalLevelWhenRegistryIgnoresDefaultToGlobal() {
    answers.add(new Answer(404, "{\"error_code\": 40408, \"message\": \"not configured\"}"));
    answers.add(new Answer(200, "{\"compatibilityLevel\": \"FULL\"}"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      assertThat(client.getCompatibility("a-value")).isEqualTo("FULL");
    }

    assertThat(requests).extracting(Recorded::rawPath).containsExactly("/config/a-value", "/config");
  }

  @Test
  void shouldPutCompatibilityInConfluentShape() {
    answers.add(new Answer(200, "{\"compatibility\": \"NONE\"}"));

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url).build()) {
      client.setCompatibility("a-value", "NONE");
    }

    assertThat(requests.get(0).method()).isEqualTo("PUT");
    assertThat(requests.get(0).body()).isEqualTo("{\"compatibility\":\"NONE\"}");
  }

  @Test
  void shouldGiveUpAfterRequestTimeoutWithIoErrorCode() {
    hang = true;

    try (RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(url)
        .requestTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(client::subjects).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.IO_ERROR);
        assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
      });
    }
  }

  @Test
  void shouldRejectNonHttpUrls() {
    assertThatThrownBy(() -> RestSchemaRegistryClient.builder("ftp://host").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://host");
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Accept"),
        exchange.getRequestHeaders().getFirst("Authorization"), body));
    if (hang) {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Answer answer;
    synchronized (answers) {
      answer = answers.isEmpty() ? new Answer(500, "no canned answer") : answers.poll();
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String basic(String userInfo) {
    return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
