package dev.newsflow.ingest;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.FeedsSource;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.push.PushConfig;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.service.IngestService;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ingest.sitemap.SitemapIngester;
import dev.newsflow.ingest.sitemap.SitemapsSource;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.ingest.watch.DropDirectory;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the factory builds from given settings: real sources against temporary directories and local HTTP servers.
 * No broker: the publisher points at a closed port, which a producer only connects to when it sends, and nothing
 * here publishes (the feeds and sitemaps are empty, the pushed and dropped articles are over the content limit).
 */
class IngestServicesTest {

  private static final String RAW = "ingest-services-test.raw";
  private static final KafkaSettings NO_BROKER = new KafkaSettings("127.0.0.1:1", "mock://ingest-services-test");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final byte[] EMPTY_FEED = ("<rss version=\"2.0\"><channel><title>t</title><link>https://n.example/"
      + "</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY_SITEMAP = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>").getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  /** Settings for local servers (loopback allowed, no host delay), the data dir in the test's directory. */
  private IngestSettings settings(Map<String, String> overrides) {
    return LocalWebServer.testSettings(Map.of("data-dir", dir.resolve("data").toString())).with(overrides);
  }

  @Test
  void shouldShareOnePublisherAndOnePoliteFetcherBuiltFromTheSettings() {
    try (IngestServices services = new IngestServices(settings(Map.of("host.delay", "250ms", "fetch.threads", "3")),
        NO_BROKER, RAW)) {
      assertThat(services.fetcher()).isSameAs(services.fetcher());
      assertThat(services.fetcher().config().hostDelay()).isEqualTo(Duration.ofMillis(250));
      assertThat(services.fetcher().config().threads()).isEqualTo(3);
      assertThat(services.publisher()).isSameAs(services.publisher());
      assertThat(services.publisher().topic()).isEqualTo(RAW);
    }
  }

  @Test
  void shouldBuildThePushEndpointWithItsLimitsReportingTheGivenStatuses() throws Exception {
    PushConfig config = new PushConfig("127.0.0.1", 0, null, 1_000, Duration.ofSeconds(5));
    List<SourceStatus> statuses = List.of(new SourceStatus("push", SourceStatus.State.RUNNING, Map.of(), "p"),
        new SourceStatus("feeds", SourceStatus.State.RUNNING, Map.of(), "f"));
    try (IngestServices services = new IngestServices(settings(Map.of()), NO_BROKER, RAW)) {
      PushServer push = services.pushServer(config, 100, () -> statuses);
      push.start();
      try {
        URI base = URI.create("http://127.0.0.1:" + push.address().getPort());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(base.resolve("/status")).build(),
            HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overContentLimit = post(http, base, "<p>" + "x".repeat(200) + "</p>");
        HttpResponse<String> overBodyLimit = post(http, base, "<p>" + "x".repeat(2_000) + "</p>");

        assertThat(push.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"name\":\"push\"").contains("\"name\":\"feeds\"");
        assertThat(overContentLimit.statusCode()).isEqualTo(413);
        assertThat(overContentLimit.body()).contains("article size limit");
        assertThat(overBodyLimit.statusCode()).isEqualTo(413);
        assertThat(overBodyLimit.body()).contains("over the limit of 1000 bytes");
      } finally {
        push.stop();
      }
    }
  }

  private static HttpResponse<String> post(HttpClient http, URI base, String html) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/articles?url=https%3A%2F%2Fn.example%2Fa"))
        .header("Content-Type", "text/html; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(html)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldWatchTheGivenDirectoryUnderTheContentLimit() throws Exception {
    Path drop = dir.resolve("drop");
    try (IngestServices services = new IngestServices(settings(Map.of()), NO_BROKER, RAW)) {
      DropDirectory watch = services.dropDirectory(drop, 100, Duration.ofMillis(100), Duration.ofMillis(200));
      watch.start();
      try {
        Files.writeString(drop.resolve("big.html"), "<p>" + "x".repeat(200) + "</p>");
        Await.until("big.html in failed/", () -> Files.exists(drop.resolve("failed/big.html.reason.txt")), WAIT);
      } finally {
        watch.stop();
      }

      assertThat(watch.name()).isEqualTo("watch:" + drop.toAbsolutePath().normalize());
      assertThat(Files.readString(drop.resolve("failed/big.html.reason.txt")))
          .contains("larger than the limit of 100 bytes");
      assertThat(watch.status().counts()).containsEntry("files.failed", 1L).containsEntry("articles.failed", 1L);
    }
  }

  @Test
  void shouldPollFeedsWithTheFeedSettingsAndTheSharedMetrics() throws Exception {
    try (LocalWebServer server = new LocalWebServer();
        IngestServices services = new IngestServices(settings(Map.of("feed.state-file", "state/feeds-test.json")),
            NO_BROKER, RAW)) {
      server.on("/rss", ex -> send(ex, 200, "application/rss+xml", EMPTY_FEED));
      server.on("/atom", ex -> send(ex, 200, "application/rss+xml", EMPTY_FEED));

      FeedPoller.PollResult once = services.feedPoller().pollOnce(server.base() + "/rss");
      FeedsSource source = services.feeds(List.of(server.base() + "/atom"));
      source.start();
      SourceStatus running;
      try {
        Await.until("the feed source's first poll",
            () -> services.metrics().total(FeedPoller.SOURCE, IngestMetrics.Outcome.FETCHED) == 2, WAIT);
        running = source.status();
      } finally {
        source.stop();
      }

      assertThat(once.status()).isEqualTo("ok");
      assertThat(Files.readString(dir.resolve("data/state/feeds-test.json"))).contains(server.base() + "/rss")
          .contains(server.base() + "/atom");
      assertThat(running.name()).isEqualTo("feeds");
      assertThat(running.counts()).containsEntry("feeds", 1L).containsEntry("fetched", 2L);
      assertThat(running.detail()).doesNotContain("shared list");
    }
  }

  @Test
  void shouldReadSitemapsWithTheSitemapSettings() throws Exception {
    Instant now = Instant.parse("2025-11-25T10:00:00Z");
    try (LocalWebServer server = new LocalWebServer();
        IngestServices services = new IngestServices(settings(Map.of("sitemap.max-age", "3d")), NO_BROKER, RAW,
            Clock.fixed(now, ZoneOffset.UTC))) {
      server.on("/sitemap.xml", ex -> send(ex, 200, "application/xml", EMPTY_SITEMAP));
      String sitemap = server.base() + "/sitemap.xml";

      SitemapIngester once = services.sitemapIngester();
      SitemapsSource source = services.sitemaps(List.of(sitemap, sitemap + "?page=2"));
      source.start();
      try {
        Await.until("the sitemaps' first run", () -> source.status().counts().get("runs") == 1L, WAIT);
      } finally {
        source.stop();
      }

      assertThat(once.defaultSince()).isEqualTo(now.minus(Duration.ofDays(3)));
      assertThat(source.name()).isEqualTo("sitemaps");
      assertThat(source.status().counts()).containsEntry("sitemaps", 2L).containsEntry("failed", 0L);
      assertThat(server.requests("/sitemap.xml")).hasSize(2);
      assertThat(services.metrics().total("sitemap-document", IngestMetrics.Outcome.FETCHED)).isEqualTo(2);
    }
  }

  @Test
  void shouldRunTheSourcesItBuiltAsOneService() throws Exception {
    try (IngestServices services = new IngestServices(settings(Map.of()), NO_BROKER, RAW)) {
      DropDirectory first = services.dropDirectory(dir.resolve("a"), 100, Duration.ZERO, Duration.ofSeconds(1));
      DropDirectory second = services.dropDirectory(dir.resolve("b"), 100, Duration.ZERO, Duration.ofSeconds(1));
      IngestService service = services.service(List.of(first, second));
      service.start();
      boolean ready = service.readiness().check().ready();
      service.stop();

      assertThat(ready).isTrue();
      assertThat(service.statuses()).extracting(SourceStatus::name).containsExactly(first.name(), second.name());
      assertThat(service.statuses()).extracting(SourceStatus::state)
          .containsOnly(SourceStatus.State.STOPPED);
    }
  }
}
