package dev.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 3: the dashboard page and its JSON API, as a service serves them, refuse a foreign origin and a
 * rebound host name over real HTTP, and serve the page itself. The feed is not started: no broker is needed.
 */
class DashboardCrossSiteTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private ServiceMetrics metrics;
  private LiveDashboard dashboard;
  private OpsServer server;

  @BeforeEach
  void start() {
    metrics = new ServiceMetrics();
    dashboard = new LiveDashboard(new KafkaSettings("127.0.0.1:9", "http://127.0.0.1:9"), TopicNames.defaults(),
        metrics.registry(), null);
    OpsServer.Builder routes = OpsServer.builder(metrics).port(0);
    dashboard.register(routes);
    server = routes.start();
  }

  @AfterEach
  void stop() {
    server.close();
    dashboard.close();
    metrics.close();
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldRefuseAForeignOriginAndAReboundHostOnThePageAndItsApi() throws Exception {
    HttpResponse<String> summary = get("/api/summary", Map.of("Origin", "https://evil.example"));
    assertThat(summary.statusCode()).isEqualTo(403);
    assertThat(summary.body()).contains("cross-origin request refused").doesNotContain("counts");

    HttpResponse<String> stories = get("/api/stories", Map.of("Origin", "https://evil.example"));
    assertThat(stories.statusCode()).isEqualTo(403);

    HttpResponse<String> page = get("/", Map.of("Host", "rebind.attacker.example:" + server.port()));
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("DNS-rebinding").doesNotContain("<html");
  }

  @Test
  void shouldServeThePageAndItsApiToTheSameOrigin() throws Exception {
    assertThat(get("/", Map.of()).body()).containsIgnoringCase("<html");
    assertThat(get("/api/summary", Map.of("Origin", server.url())).statusCode()).isEqualTo(200);
    HttpResponse<String> stories = get("/api/stories?limit=5", Map.of("Origin", server.url()));
    assertThat(stories.statusCode()).isEqualTo(200);
    assertThat(stories.body()).isEqualTo("[]"); // the feed is not started: no stories yet
    assertThat(get("/", Map.of()).body()).contains("id=\"stories\"").contains("Top stories");
  }
}
