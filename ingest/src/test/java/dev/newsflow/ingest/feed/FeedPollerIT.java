package dev.newsflow.ingest.feed;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.service.IngestService;
import dev.newsflow.ingest.service.SourceStatus;
import dev.newsflow.ingest.sitemap.SitemapConfig;
import dev.newsflow.ingest.sitemap.SitemapIngester;
import dev.newsflow.ingest.sitemap.SitemapPoller;
import dev.newsflow.ingest.sitemap.SitemapsSource;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import dev.newsflow.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Feeds served by a local HTTP server, polled, and published to the embedded broker. */
@ExtendWith(NewsflowClusterExtension.class)
class FeedPollerIT {

  @TempDir
  Path dir;

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
  void shouldPublishNewItemsOnceNothingOnA304AndRememberAcrossRestarts(TestCluster cluster) throws Exception {
    String topic = "ingest-feed-it.raw";
    cluster.createTopics(2, topic);
    String rss = new String(FeedParserTest.fixture("rss2.xml"), StandardCharsets.UTF_8)
        .replace("https://gazette.example", server.base());
    AtomicReference<String> body = new AtomicReference<>(rss);
    AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
    server.on("/feed.xml", ex -> {
      if (etag.get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", etag.get());
        send(ex, 200, "application/rss+xml", body.get().getBytes(StandardCharsets.UTF_8));
      }
    });
    String feedUrl = server.base() + "/feed.xml";
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    FeedConfig config = new FeedConfig(Duration.ofMinutes(5), 1_000_000, 100, false, dir.resolve("feeds.json"));
    IngestMetrics metrics = new IngestMetrics();

    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
        HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()))) {
      FeedPoller poller = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config,
          metrics, Clock.systemUTC());
      FeedPoller.PollResult first = poller.pollOnce(feedUrl);
      FeedPoller.PollResult second = poller.pollOnce(feedUrl);
      assertThat(first.published()).isEqualTo(2);
      assertThat(second.status()).isEqualTo("not-modified");
      assertThat(second.published()).isZero();
      assertThat(server.requests("/feed.xml").get(1).header("If-None-Match")).isEqualTo("\"v1\"");

      // The feed changes; a new poller (a restart) on the same state file publishes only the new item.
      body.set(rss.replaceFirst("<item>", "<item><title>Storm warning for the coast</title>"
          + "<link>" + server.base() + "/2025/11/storm</link><guid>gazette-1003</guid>"
          + "<description>Gales expected tonight.</description></item><item>"));
      etag.set("\"v2\"");
      FeedPoller restarted = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config,
          metrics, Clock.systemUTC());
      FeedPoller.PollResult third = restarted.pollOnce(feedUrl);
      assertThat(third.items()).isEqualTo(3);
      assertThat(third.published()).isEqualTo(1);
      FeedState state = restarted.states().get(feedUrl);
      assertThat(state.etag).isEqualTo("\"v2\"");
      assertThat(state.itemsPublished).isEqualTo(3);
      assertThat(state.polls).isEqualTo(3);
      assertThat(state.notModified).isEqualTo(1);
      assertThat(state.status).isEqualTo("ok");
    }

    List<RawArticle> articles = read(kafka, topic, 3);
    assertThat(articles).extracting(RawArticle::getId).containsExactlyInAnyOrder(
        ArticleIds.forUrl(server.base() + "/2025/11/ferry-timetable"),
        ArticleIds.forUrl(server.base() + "/2025/11/library-hours"),
        ArticleIds.forUrl(server.base() + "/2025/11/storm"));
    RawArticle ferry = articles.stream().filter(a -> "Ferry timetable changes from Monday".equals(a.getTitle()))
        .findFirst().orElseThrow();
    assertThat(ferry.getSourceType()).isEqualTo(SourceType.FEED);
    assertThat(ferry.getSourceId()).isEqualTo(feedUrl);
    assertThat(ferry.getContentType()).isEqualTo(ContentType.HTML);
    assertThat(ferry.getContent()).contains("The morning ferry leaves ten minutes earlier");
    assertThat(ferry.getHints()).containsEntry("categories", "Transport, Local").containsEntry("guid", "gazette-1001");
    assertThat(metrics.get("feed", IngestMetrics.Outcome.NOT_MODIFIED, "")).isEqualTo(1);
    assertThat(metrics.get("feed", IngestMetrics.Outcome.SKIPPED, "seen")).isEqualTo(2);
  }

  @Test
  void shouldFetchTheLinkedPageWhenAnItemCarriesOnlyASummary(TestCluster cluster) throws Exception {
    String topic = "ingest-feed-articles-it.raw";
    cluster.createTopics(1, topic);
    String atom = new String(FeedParserTest.fixture("atom.xml"), StandardCharsets.UTF_8)
        .replace("https://bote.example", server.base());
    server.on("/atom.xml", ex -> send(ex, 200, "application/atom+xml", atom.getBytes(StandardCharsets.UTF_8)));
    server.html("/artikel/seilbahn", "<html><head><title>Seilbahn</title></head><body><article><p>Die neue "
        + "Seilbahn fährt ab Samstag jede Viertelstunde auf den Gipfel.</p></article></body></html>");
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    FeedConfig config = new FeedConfig(Duration.ofMinutes(5), 1_000_000, 100, true, dir.resolve("feeds.json"));

    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
        HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()))) {
      FeedPoller poller = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config,
          new IngestMetrics(), Clock.systemUTC());
      assertThat(poller.pollOnce(server.base() + "/atom.xml").published()).isEqualTo(2);
    }

    List<RawArticle> articles = read(kafka, topic, 2);
    RawArticle page = articles.stream().filter(a -> a.getUrl() != null).findFirst().orElseThrow();
    assertThat(page.getUrl()).isEqualTo(server.base() + "/artikel/seilbahn");
    assertThat(page.getContent()).contains("jede Viertelstunde");
    assertThat(page.getTitle()).isEqualTo("Neue Seilbahn eröffnet");
    RawArticle inline = articles.stream().filter(a -> a.getUrl() == null).findFirst().orElseThrow();
    assertThat(inline.getId()).isEqualTo(ArticleIds.forGuid(server.base() + "/atom.xml", "urn:uuid:bote-entry-2"));
    assertThat(inline.getContent()).contains("Wintermarkt");
    assertThat(server.requests("/artikel/seilbahn")).hasSize(1);
  }

  @Test
  void shouldPollOnTheIntervalUntilStoppedWithoutPublishingAnItemTwice(TestCluster cluster) throws Exception {
    String topic = "ingest-feed-schedule-it.raw";
    cluster.createTopics(1, topic);
    String rss = new String(FeedParserTest.fixture("rss2.xml"), StandardCharsets.UTF_8)
        .replace("https://gazette.example", server.base());
    // No validators: every poll is a full 200, so only the seen set keeps items from being published again.
    server.on("/plain.xml", ex -> send(ex, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8)));
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    FeedConfig config = new FeedConfig(Duration.ofMillis(200), 1_000_000, 100, false, dir.resolve("feeds.json"));
    String feedUrl = server.base() + "/plain.xml";

    try (ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
        HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()))) {
      FeedPoller poller = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config,
          new IngestMetrics(), Clock.systemUTC());
      poller.start(List.of(feedUrl));
      Await.until("three polls", () -> server.requests("/plain.xml").size() >= 3, Duration.ofSeconds(20));
      poller.stop(Duration.ofSeconds(10));
      int polls = server.requests("/plain.xml").size();
      Thread.sleep(600); // three intervals: a poller that kept running would poll again
      assertThat(server.requests("/plain.xml")).hasSize(polls);
      assertThat(poller.states().get(feedUrl).itemsPublished).isEqualTo(2);
    }
    assertThat(new FeedStateStore(config.stateFile()).load().get(feedUrl).polls).isGreaterThanOrEqualTo(3);
    read(kafka, topic, 2);
  }

  @Test
  void shouldRunFeedsAndSitemapsAsSourcesOfTheIngestService(TestCluster cluster) throws Exception {
    String topic = "ingest-feed-service-it.raw";
    cluster.createTopics(1, topic);
    String rss = new String(FeedParserTest.fixture("rss2.xml"), StandardCharsets.UTF_8)
        .replace("https://gazette.example", server.base());
    server.on("/feed.xml", ex -> send(ex, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8)));
    server.on("/sitemap.txt", ex -> send(ex, 200, "text/plain",
        (server.base() + "/pages/one\n").getBytes(StandardCharsets.UTF_8)));
    server.html("/pages/", "<html><body><p>A page listed by a text sitemap.</p></body></html>");
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    FeedConfig config = new FeedConfig(Duration.ofMinutes(10), 1_000_000, 100, false, dir.resolve("feeds.json"));
    IngestMetrics metrics = new IngestMetrics();
    HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()));
    ArticlePublisher publisher = new ArticlePublisher(kafka, topic);
    FeedPoller poller = new FeedPoller(fetcher, publisher, new FeedStateStore(config.stateFile()), config, metrics,
        Clock.systemUTC());
    SitemapIngester sitemaps = new SitemapIngester(fetcher, publisher,
        SitemapConfig.from(LocalWebServer.testSettings(Map.of("sitemap.max-age", "0"))), metrics, Clock.systemUTC());
    FeedsSource feeds = new FeedsSource(poller, List.of(server.base() + "/feed.xml"), null, metrics);
    SitemapsSource sitemapSource = new SitemapsSource(new SitemapPoller(sitemaps,
        List.of(server.base() + "/sitemap.txt"), Duration.ofMinutes(10), 100, Clock.systemUTC()), 1, metrics);

    try (IngestService service = new IngestService(publisher, List.of(feeds, sitemapSource))) {
      service.start();
      Await.until("the feed's items and the sitemap's page", () ->
          metrics.total("feed", IngestMetrics.Outcome.PUBLISHED) == 2
              && metrics.total("sitemap", IngestMetrics.Outcome.PUBLISHED) == 1, Duration.ofSeconds(30));
    }

    assertThat(feeds.status().state()).isEqualTo(SourceStatus.State.STOPPED);
    assertThat(feeds.status().counts()).containsEntry("published", 2L).containsEntry("feeds", 0L);
    assertThat(sitemapSource.status().counts()).containsEntry("published", 1L).containsEntry("runs", 1L);
    read(kafka, topic, 3);
  }

  static List<RawArticle> read(KafkaSettings kafka, String topic, int expected) {
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(kafka.clientConfig(), topic, expected,
        Duration.ofSeconds(30));
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.class);
    deserializer.configure(kafka.clientConfig(), false);
    List<RawArticle> articles = records.stream().map(r -> deserializer.deserialize(r.topic(), r.value())).toList();
    assertThat(articles).hasSize(expected);
    records.forEach(r -> assertThat(new String(r.key(), StandardCharsets.UTF_8))
        .isEqualTo(deserializer.deserialize(r.topic(), r.value()).getId()));
    return articles;
  }

}
