package dev.newsflow.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, items 3 and 4: the push endpoint refuses what a web page could make a browser send, and answers
 * permanent failures with the permanent status and a true message (not 503 "retry later", not 500).
 */
@ExtendWith(NewsflowClusterExtension.class)
class PushServerRefusalsIT {

  private static final String TOPIC = "ingest-push-refusals-it.raw";
  /** A topic whose records may hold 1,000 bytes: small enough for a test article to be over it. */
  private static final String SMALL_TOPIC = "ingest-push-refusals-it.small";
  private static final int SMALL_RECORD_LIMIT = 1_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static KafkaSettings kafka;
  private static ArticlePublisher publisher;
  private static ArticlePublisher smallPublisher;
  private static PushServer server;
  private static PushServer small;

  @BeforeAll
  static void start(TestCluster cluster) throws Exception {
    cluster.createTopics(1, TOPIC);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(SMALL_TOPIC, 1, (short) 1)
          .configs(Map.of("max.message.bytes", String.valueOf(SMALL_RECORD_LIMIT))))).all().get();
    }
    kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    publisher = new ArticlePublisher(kafka, TOPIC);
    smallPublisher = new ArticlePublisher(kafka, SMALL_TOPIC);
    server = server(publisher);
    small = server(smallPublisher);
  }

  private static PushServer server(ArticlePublisher publisher) throws Exception {
    PushServer server = new PushServer(new PushConfig("127.0.0.1", 0, null, 1_000_000, Duration.ofSeconds(20)),
        publisher, new ArticleJson(500_000, Clock.systemUTC()), new ArticleFileReader(500_000, Clock.systemUTC()),
        null);
    server.start();
    return server;
  }

  @AfterAll
  static void stop() {
    server.stop();
    small.stop();
    publisher.close();
    smallPublisher.close();
  }

  private static HttpResponse<String> post(PushServer target, String pathAndQuery, String contentType, String body,
      Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + target.address().getPort() + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    return MAPPER.readTree(response.body());
  }

  @Test
  void shouldRefuseACrossSiteFormPostAndAReboundHostWith403AndPublishNothing() throws Exception {
    String page = "<html><body><p>Injected by a web page</p></body></html>";
    String query = "/articles?url=https%3A%2F%2Fpush.example%2Finjected";
    // the form-style text/plain POST a page on another site can send without a preflight
    assertThat(error(post(server, query, "text/plain", page, Map.of("Origin", "https://evil.example")), 403)
        .get("error").asText()).contains("cross-origin request refused");
    String rebound = "rebind.attacker.example:" + server.address().getPort();
    assertThat(error(post(server, query, "text/html", page, Map.of("Host", rebound, "Origin", "http://" + rebound)),
        403).get("error").asText()).contains("DNS-rebinding");
    HttpResponse<String> status = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.address().getPort() + "/status")).header("Host", rebound).GET()
        .build(), BodyHandlers.ofString());
    assertThat(status.statusCode()).isEqualTo(403);

    // the same request from curl (no Origin) or the endpoint's own origin is accepted
    String own = "http://127.0.0.1:" + server.address().getPort();
    assertThat(post(server, query, "text/html", page, Map.of("Origin", own)).statusCode()).isEqualTo(202);
    assertThat(RawTopic.count(kafka, TOPIC, 1)).isEqualTo(1);
  }

  @Test
  void shouldAnswer413NamingTheLimitForAnArticleOverTheBrokersRecordLimit() throws Exception {
    // random letters: zstd cannot shrink them under the topic's 1,000 bytes
    Random random = new Random(15);
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 4_000; i++) {
      content.append((char) ('a' + random.nextInt(26)));
    }
    String article = "{\"url\":\"https://push.example/too-large\",\"content\":\"" + content + "\"}";
    HttpResponse<String> response = post(small, "/articles", "application/json", article, Map.of());
    String message = error(response, 413).get("error").asText();
    assertThat(message).contains("takes records up to " + SMALL_RECORD_LIMIT + " bytes: its max.message.bytes")
        .contains("resending will not help").doesNotContain("retry later");
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    // the next article still flows
    assertThat(post(small, "/articles", "application/json", "{\"url\":\"https://push.example/fits\",\"content\":\"x\"}",
        Map.of()).statusCode()).isEqualTo(202);
  }

  @Test
  void shouldAnswer400ForDeeplyNestedJson() throws Exception {
    String nested = "[".repeat(5_000) + "]".repeat(5_000);
    assertThat(error(post(server, "/articles", "application/json", nested, Map.of()), 400).get("error").asText())
        .contains("nested");
    String nestedHint = "{\"url\":\"https://push.example/n\",\"content\":\"x\",\"hints\":"
        + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000) + "}";
    assertThat(error(post(server, "/articles", "application/json", nestedHint, Map.of()), 400).get("error").asText())
        .contains("nested");
    assertThat(error(post(server, "/articles", "application/x-ndjson", nested + "\n", Map.of()), 400)
        .get("error").asText()).contains("nested");
  }
}
