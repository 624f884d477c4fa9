package dev.newsflow.ingest.url;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.sitemap.SitemapConfig;
import dev.newsflow.ingest.sitemap.SitemapIngester;
import dev.newsflow.ingest.sitemap.SitemapPoller;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code ingest url} and {@code ingest sitemap} against a local web server and the embedded broker. */
@ExtendWith(NewsflowClusterExtension.class)
class UrlAndSitemapIngestIT {

  private LocalWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void shouldGiveTheSamePageTheSameIdWhenIngestedAgainAndReportFailures(TestCluster cluster) {
    String topic = "ingest-url-it.raw";
    cluster.createTopics(2, topic);
    byte[] cyrillic = "<html><head><title>Новости</title></head><body><p>Привет, мир</p></body></html>"
        .getBytes(Charset.forName("windows-1251"));
    server.on("/story", ex -> send(ex, 200, "text/html; charset=windows-1251", cyrillic));
    server.on("/short", ex -> {
      ex.getResponseHeaders().set("Location", "/story");
      send(ex, 301, null, new byte[0]);
    });
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    IngestMetrics metrics = new IngestMetrics();
    IngestReport first;
    IngestReport second;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
        HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()))) {
      UrlIngester ingester = new UrlIngester(fetcher, publisher, metrics);
      first = ingester.ingest(List.of(server.base() + "/story?utm_source=x", server.base() + "/missing"));
      second = ingester.ingest(List.of(server.base() + "/short"));
    }

    String id = ArticleIds.forUrl(server.base() + "/story");
    assertThat(first.publishedIds()).containsExactly(id);
    assertThat(second.publishedIds()).containsExactly(id);
    assertThat(first.failures()).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("not_found"));
    List<RawArticle> articles = read(kafka, topic, 2);
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.getId()).isEqualTo(id);
      assertThat(a.getSourceType()).isEqualTo(SourceType.URL);
      assertThat(a.getContent()).contains("Привет, мир");
    });
    assertThat(articles.get(1).getUrl()).isEqualTo(server.base() + "/story");
    assertThat(articles.get(1).getHints()).containsEntry("requestedUrl", server.base() + "/short");
    assertThat(metrics.get("url", dev.newsflow.ingest.metrics.IngestMetrics.Outcome.FAILED, "not_found"))
        .isEqualTo(1);
    assertThat(metrics.get("url", dev.newsflow.ingest.metrics.IngestMetrics.Outcome.PUBLISHED, "")).isEqualTo(2);
  }

  @Test
  void shouldPublishTheRecentPagesOfANewsSitemap(TestCluster cluster) throws Exception {
    String topic = "ingest-sitemap-it.raw";
    cluster.createTopics(2, topic);
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/web/news-sitemap.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("BASE", server.base());
    }
    byte[] gz = LocalWebServer.gzip(xml.getBytes(StandardCharsets.UTF_8));
    server.on("/news-sitemap.xml.gz", ex -> send(ex, 200, "application/gzip", gz));
    server.html("/news/", "<html><body><p>A story from the news sitemap.</p></body></html>");
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    IngestReport report;
    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
        HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()))) {
      SitemapIngester ingester = new SitemapIngester(fetcher, publisher,
          SitemapConfig.from(LocalWebServer.testSettings(Map.of())), new IngestMetrics(), Clock.systemUTC());
      report = ingester.ingest(List.of(server.base() + "/news-sitemap.xml.gz"),
          Instant.parse("2025-11-01T00:00:00Z"));

      // A poller running every interval publishes the pages once; its next run finds nothing new.
      SitemapIngester pollerIngester = new SitemapIngester(fetcher, publisher, SitemapConfig.from(
          LocalWebServer.testSettings(Map.of("sitemap.max-age", "0"))), new IngestMetrics(), Clock.systemUTC());
      SitemapPoller poller = new SitemapPoller(pollerIngester, List.of(server.base() + "/news-sitemap.xml.gz"),
          Duration.ofMinutes(30), 100, Clock.systemUTC());
      assertThat(poller.runOnce().publishedIds()).hasSize(3);
      assertThat(poller.runOnce().publishedIds()).isEmpty();
      assertThat(poller.status()).containsEntry("runs", 2L).containsEntry("published", 3L);
    }

    assertThat(report.failures()).isEmpty();
    assertThat(report.publishedIds()).hasSize(2);
    List<RawArticle> articles = read(kafka, topic, 5);
    assertThat(articles).extracting(RawArticle::getTitle).containsExactlyInAnyOrder(
        "Harbour expansion gets the go-ahead", "School choir wins regional prize",
        "Harbour expansion gets the go-ahead", "School choir wins regional prize", "An old story");
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.getSourceType()).isEqualTo(SourceType.SITEMAP);
      assertThat(a.getSourceId()).isEqualTo(server.base() + "/news-sitemap.xml.gz");
      assertThat(a.getPublishedAt()).isNotNull();
    });
    assertThat(server.requests("/news/old-story")).hasSize(1); // by the poller only, which has no cut-off
    assertThat(server.requests("/news/harbour-expansion")).hasSize(2); // once by the one-shot run, once by the poller
  }

  private static List<RawArticle> read(KafkaSettings kafka, String topic, int expected) {
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(kafka.clientConfig(), topic, expected,
        Duration.ofSeconds(30));
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.class);
    deserializer.configure(kafka.clientConfig(), false);
    List<RawArticle> articles = records.stream().map(r -> deserializer.deserialize(r.topic(), r.value())).toList();
    assertThat(articles).hasSize(expected);
    return articles;
  }
}
