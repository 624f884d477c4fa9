package dev.newsflow.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The push endpoint over real HTTP, publishing to the embedded broker: every answer the contract names. */
@ExtendWith(NewsflowClusterExtension.class)
class PushServerIT {

  private static final String TOPIC = "ingest-push-it.raw";
  private static final String TOKEN = "s3cret-token";
  private static final long MAX_BODY = 4_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static KafkaSettings kafka;
  private static ArticlePublisher publisher;
  private static ArticlePublisher guardedPublisher;
  private static PushServer open;
  private static PushServer guarded;

  @BeforeAll
  static void start(TestCluster cluster) throws Exception {
    cluster.createTopics(2, TOPIC, TOPIC + ".guarded");
    kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    publisher = new ArticlePublisher(kafka, TOPIC);
    guardedPublisher = new ArticlePublisher(kafka, TOPIC + ".guarded");
    open = server(null, publisher);
    guarded = server(TOKEN, guardedPublisher);
  }

  private static PushServer server(String token, ArticlePublisher publisher) throws Exception {
    PushServer server = new PushServer(new PushConfig("127.0.0.1", 0, token, MAX_BODY, Duration.ofSeconds(20)),
        publisher, new ArticleJson(2_000, Clock.systemUTC()), new ArticleFileReader(2_000, Clock.systemUTC()), null);
    server.start();
    return server;
  }

  @AfterAll
  static void stop() {
    open.stop();
    guarded.stop();
    publisher.close();
    guardedPublisher.close();
  }

  private static HttpResponse<String> post(PushServer server, String pathAndQuery, String contentType,
      BodyPublisher body, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(server, pathAndQuery)).timeout(Duration.ofSeconds(30))
        .POST(body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> postJson(String json) throws Exception {
    return post(open, "/articles", "application/json", BodyPublishers.ofString(json), null);
  }

  private static URI uri(PushServer server, String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    return MAPPER.readTree(response.body());
  }

  @Test
  void shouldAcceptArticlesOnlyOnceTheBrokerHasThemAndRefuseInvalidOnesWithAReason() throws Exception {
    // 202: one object, an array, a raw page with ?url=
    HttpResponse<String> one = postJson("{\"url\":\"https://push.example/1\",\"title\":\"One\",\"content\":\"<p>1</p>\"}");
    assertThat(one.statusCode()).isEqualTo(202);
    assertThat(json(one).get("ids").get(0).asText()).isEqualTo(ArticleIds.forUrl("https://push.example/1"));

    HttpResponse<String> array = postJson("[{\"url\":\"https://push.example/2\",\"content\":\"two\"},"
        + "{\"url\":\"https://push.example/3\",\"content\":\"three\"}]");
    assertThat(array.statusCode()).isEqualTo(202);
    assertThat(json(array).get("accepted").asInt()).isEqualTo(2);

    HttpResponse<String> page = post(open, "/articles?url=https%3A%2F%2Fpush.example%2F4%3Futm_source%3Dx",
        "text/html; charset=utf-8", BodyPublishers.ofString("<html><body><p>Page four</p></body></html>"), null);
    assertThat(page.statusCode()).isEqualTo(202);
    assertThat(json(page).get("ids").get(0).asText()).isEqualTo(ArticleIds.forUrl("https://push.example/4"));

    HttpResponse<String> ndjson = post(open, "/articles", "application/x-ndjson", BodyPublishers.ofString(
        "{\"url\":\"https://push.example/5\",\"content\":\"five\"}\n\n"
            + "{\"url\":\"https://push.example/6\",\"content\":\"six\"}\n"), null);
    assertThat(ndjson.statusCode()).isEqualTo(202);
    assertThat(json(ndjson).get("accepted").asInt()).isEqualTo(2);

    // the same URL again gives the same id
    HttpResponse<String> again = postJson("{\"url\":\"https://PUSH.example/1#top\",\"content\":\"<p>1 again</p>\"}");
    assertThat(json(again).get("ids").get(0).asText()).isEqualTo(ArticleIds.forUrl("https://push.example/1"));

    // 400s, each with a message that says what is wrong; nothing of a refused request is published
    assertThat(errorOf(postJson("{\"url\":\"https://push.example/x\","), 400)).contains("not valid JSON");
    assertThat(errorOf(postJson("{\"title\":\"no url, no content\"}"), 400)).contains("\"content\"");
    JsonNode arrayError = json(postJson("[{\"url\":\"https://push.example/5\",\"content\":\"ok\"},"
        + "{\"url\":\"https://push.example/6\"}]"));
    assertThat(arrayError.get("index").asInt()).isEqualTo(1);
    byte[] badUtf8 = "{\"url\":\"https://push.example/7\",\"content\":\"caf\u00e9\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(errorOf(post(open, "/articles", "application/json", BodyPublishers.ofByteArray(badUtf8), null), 400))
        .contains("not valid UTF-8");
    assertThat(errorOf(post(open, "/articles", "text/html", BodyPublishers.ofString("<p>no url anywhere</p>"), null),
        400)).contains("?url=");

    // 405, 415
    HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(uri(open, "/articles")).GET().build(),
        BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(errorOf(post(open, "/articles", "application/xml", BodyPublishers.ofString("<a/>"), null), 415))
        .contains("application/json");

    assertThat(errorOf(post(open, "/articles", "application/x-ndjson",
        BodyPublishers.ofString("{\"url\":\"https://push.example/7\",\"content\":\"7\"}\n{oops\n"), null), 400))
        .contains("line 2");

    // exactly the accepted articles are on the topic: 1 to 6 and 1 again
    Map<String, RawArticle> articles = RawTopic.read(kafka, TOPIC, 7);
    assertThat(RawTopic.count(kafka, TOPIC, 7)).isEqualTo(7);
    assertThat(articles).containsOnlyKeys(List.of(1, 2, 3, 4, 5, 6).stream()
        .map(i -> ArticleIds.forUrl("https://push.example/" + i)).toList());
    RawArticle pushedPage = articles.get(ArticleIds.forUrl("https://push.example/4"));
    assertThat(pushedPage.getSourceType()).isEqualTo(SourceType.PUSH);
    assertThat(pushedPage.getContentType()).isEqualTo(ContentType.HTML);
    assertThat(pushedPage.getUrl()).isEqualTo("https://push.example/4?utm_source=x");
  }

  @Test
  void shouldAnswer413OverTheLimitWhetherTheLengthIsDeclaredOrNot() throws Exception {
    String big = "{\"url\":\"https://push.example/big\",\"content\":\"" + "x".repeat((int) MAX_BODY) + "\"}";
    assertThat(errorOf(postJson(big), 413)).contains("over the limit");
    // no Content-Length: the body is streamed chunked and cut off while reading
    BodyPublisher chunked = BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)));
    assertThat(errorOf(post(open, "/articles", "application/json", chunked, null), 413)).contains("over the limit");
    // an article whose content alone is over the article limit, in a body under the request limit
    String largeArticle = "{\"url\":\"https://push.example/large\",\"content\":\"" + "y".repeat(2_500) + "\"}";
    assertThat(errorOf(postJson(largeArticle), 413)).contains("content is");
  }

  @Test
  void shouldRequireTheBearerTokenWhenOneIsSet() throws Exception {
    String article = "{\"url\":\"https://push.example/guarded\",\"content\":\"guarded\"}";
    HttpResponse<String> none = post(guarded, "/articles", "application/json", BodyPublishers.ofString(article), null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(post(guarded, "/articles", "application/json", BodyPublishers.ofString(article), "wrong").statusCode())
        .isEqualTo(401);
    HttpResponse<String> status = CLIENT.send(HttpRequest.newBuilder(uri(guarded, "/status")).GET().build(),
        BodyHandlers.ofString());
    assertThat(status.statusCode()).isEqualTo(401);
    HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(uri(guarded, "/health")).GET().build(),
        BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    HttpResponse<String> lowerCaseScheme = CLIENT.send(HttpRequest.newBuilder(uri(guarded, "/articles"))
        .header("Content-Type", "application/json").header("Authorization", "bearer " + TOKEN)
        .POST(BodyPublishers.ofString(article)).build(), BodyHandlers.ofString());
    assertThat(lowerCaseScheme.statusCode()).isEqualTo(202);
    HttpResponse<String> ok = post(guarded, "/articles", "application/json", BodyPublishers.ofString(article), TOKEN);
    assertThat(ok.statusCode()).isEqualTo(202);
    assertThat(guarded.status().counts()).containsEntry("articles.accepted", 2L).containsEntry("requests.refused", 2L);
    assertThat(post(guarded, "/articles/extra", "application/json", BodyPublishers.ofString(article), TOKEN)
        .statusCode()).isEqualTo(404);
  }

  private static String errorOf(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json(response).get("error").asText();
  }
}
