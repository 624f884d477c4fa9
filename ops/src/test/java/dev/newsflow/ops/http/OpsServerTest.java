package dev.newsflow.ops.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.ops.metrics.ScrapedMetrics;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.ops.metrics.StageMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicBoolean ready = new AtomicBoolean();
  private ServiceMetrics metrics;
  private OpsServer server;

  @BeforeEach
  void start() {
    metrics = new ServiceMetrics();
    server = OpsServer.builder(metrics).port(0)
        .readiness("thing", () -> ReadinessCheck.Result.of(ready.get(), Map.of("state", ready.get() ? "ON" : "OFF")))
        .start();
  }

  @AfterEach
  void stop() {
    server.close();
    metrics.close();
  }

  @Test
  void shouldServeStageMetricsJvmAndProcessMetricsInPrometheusFormat() throws Exception {
    Function<String, String> clean = StageMetrics.of(metrics.registry(), "clean").timed(text -> {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty");
      }
      return text.strip();
    });
    clean.apply(" a ");
    clean.apply("b");
    assertThatThrownBy(() -> clean.apply("")).isInstanceOf(IllegalArgumentException.class);
    PipelineMetrics.deadLetter(metrics.registry(), "clean");
    PipelineMetrics.endToEnd(metrics.registry(), PipelineMetrics.POINT_ENRICHED, Instant.parse("2025-01-01T00:00:00Z"),
        Clock.fixed(Instant.parse("2025-01-01T00:00:02Z"), ZoneOffset.UTC));

    HttpResponse<String> response = get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    ScrapedMetrics scraped = ScrapedMetrics.parse(response.body());
    assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "clean", "outcome", "in"))).isEqualTo(3);
    assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "clean", "outcome", "out"))).isEqualTo(2);
    assertThat(scraped.sum("newsflow_articles_total", Map.of("stage", "clean", "outcome", "failed"))).isEqualTo(1);
    assertThat(scraped.sum("newsflow_article_failures_total",
        Map.of("stage", "clean", "reason", "IllegalArgumentException"))).isEqualTo(1);
    assertThat(scraped.sum("newsflow_stage_duration_seconds_count", Map.of("stage", "clean"))).isEqualTo(3);
    assertThat(scraped.has("newsflow_stage_duration_seconds_bucket")).isTrue();
    assertThat(scraped.sum("newsflow_dlq_records_total", Map.of("stage", "clean"))).isEqualTo(1);
    assertThat(scraped.sum("newsflow_end_to_end_latency_seconds_sum", Map.of("point", "enriched"))).isEqualTo(2.0);
    assertThat(scraped.names()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
        "jvm_classes_loaded_classes", "process_cpu_usage", "process_uptime_seconds", "process_files_open_files");
  }

  @Test
  void shouldReportReadinessWith503UntilReadyAndHealthAlways() throws Exception {
    HttpResponse<String> notReady = get("/ready");
    assertThat(notReady.statusCode()).isEqualTo(503);
    JsonNode body = new ObjectMapper().readTree(notReady.body());
    assertThat(body.get("status").asText()).isEqualTo("DOWN");
    assertThat(body.at("/checks/thing/status").asText()).isEqualTo("DOWN");
    assertThat(body.at("/checks/thing/state").asText()).isEqualTo("OFF");

    ready.set(true);
    HttpResponse<String> nowReady = get("/ready");
    assertThat(nowReady.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(nowReady.body()).at("/checks/thing/state").asText()).isEqualTo("ON");

    HttpResponse<String> health = get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(health.body()).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void shouldRefuseOtherMethodsAndUnknownPathsAndBindLocalhost() throws Exception {
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/metrics"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    assertThat(server.url()).startsWith("http://127.0.0.1:");
  }

  /** Issue 15, item 3: the metrics and dashboard server refuses what a web page could make a browser send. */
  @Test
  void shouldRefuseCrossSiteRequestsWith403AndAMessage() throws Exception {
    HttpResponse<String> foreignOrigin = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/metrics"))
        .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(foreignOrigin.statusCode()).isEqualTo(403);
    assertThat(new ObjectMapper().readTree(foreignOrigin.body()).get("error").asText())
        .contains("cross-origin request refused");
    assertThat(foreignOrigin.body()).doesNotContain("jvm_");

    HttpResponse<String> rebound = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/ready"))
        .header("Host", "rebind.attacker.example:" + server.port()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(rebound.statusCode()).isEqualTo(403);
    assertThat(rebound.body()).contains("DNS-rebinding");

    HttpResponse<String> ownOrigin = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/health"))
        .header("Origin", server.url()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(ownOrigin.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldAcceptAHostNameItWasToldAbout() throws Exception {
    try (OpsServer named = OpsServer.builder(metrics).port(0).allowHosts(java.util.List.of("metrics.example.org"))
        .start()) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(named.url() + "/health"))
          .header("Host", "metrics.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
