package dev.newsflow.ingest.sitemap;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.ingest.url.PageTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking sitemaps served locally: which pages are picked, with which hints (publishing is covered by the IT). */
class SitemapIngesterTest {

  private static final Instant SINCE = Instant.parse("2025-11-20T00:00:00Z");

  private LocalWebServer server;
  private final IngestMetrics metrics = new IngestMetrics();

  @BeforeEach
  void start() throws Exception {
    server = new LocalWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String fixture(String name, String base) throws IOException {
    try (InputStream in = SitemapIngesterTest.class.getResourceAsStream("/web/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("BASE", base);
    }
  }

  private void serveXml(String path, String xml) {
    server.on(path, ex -> send(ex, 200, "application/xml", xml.getBytes(StandardCharsets.UTF_8)));
  }

  private SitemapIngester ingester(Map<String, String> overrides) {
    HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(overrides));
    // Only the walk is tested here, so no publisher is needed.
    return new SitemapIngester(fetcher, null, SitemapConfig.from(LocalWebServer.testSettings(overrides)), metrics,
        Clock.fixed(Instant.parse("2025-11-25T12:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void shouldTakeNewsEntriesSinceTheCutOffWithTitleAndDate() throws Exception {
    serveXml("/news.xml", fixture("news-sitemap.xml", server.base()));

    List<PageTask> tasks = ingester(Map.of()).collect(List.of(server.base() + "/news.xml"), SINCE,
        new IngestReport());

    assertThat(tasks).extracting(PageTask::url).containsExactly(server.base() + "/news/harbour-expansion",
        server.base() + "/news/school-choir");
    PageTask first = tasks.get(0);
    assertThat(first.title()).isEqualTo("Harbour expansion gets the go-ahead");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-11-25T06:00:00Z"));
    assertThat(first.hints()).containsEntry("news.publication", "Harbour Town Gazette")
        .containsEntry("language", "en").containsEntry("keywords", "harbour, council");
    assertThat(tasks.get(1).publishedAt()).isEqualTo(Instant.parse("2025-11-24T17:30:00Z"));
    assertThat(metrics.get("sitemap", IngestMetrics.Outcome.SKIPPED, "too_old")).isEqualTo(1);
  }

  @Test
  void shouldWalkAnIndexWithGzippedChildrenAndSkipOldSitemapsAndTooDeepOnes() throws Exception {
    serveXml("/index.xml", fixture("sitemap-index.xml", server.base()));
    serveXml("/sitemaps/news.xml", fixture("news-sitemap.xml", server.base()));
    byte[] gz = LocalWebServer.gzip(fixture("pages-sitemap.xml", server.base()).getBytes(StandardCharsets.UTF_8));
    server.on("/sitemaps/pages.xml.gz", ex -> send(ex, 200, "application/x-gzip", gz));
    serveXml("/sitemaps/nested-index.xml", "<?xml version=\"1.0\"?><sitemapindex "
        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + server.base()
        + "/sitemaps/deeper.xml</loc></sitemap></sitemapindex>");
    IngestReport report = new IngestReport();

    List<PageTask> tasks = ingester(Map.of("sitemap.max-depth", "2"))
        .collect(List.of(server.base() + "/index.xml"), SINCE, report);

    assertThat(tasks).extracting(PageTask::url).containsExactlyInAnyOrder(
        server.base() + "/news/harbour-expansion", server.base() + "/news/school-choir",
        server.base() + "/pages/fresh");
    assertThat(server.requests("/sitemaps/archive-2019.xml")).isEmpty();
    assertThat(server.requests("/sitemaps/deeper.xml")).isEmpty();
    assertThat(report.failures()).extracting(IngestReport.Failure::input)
        .containsExactly(server.base() + "/sitemaps/deeper.xml");
    assertThat(metrics.get("sitemap", IngestMetrics.Outcome.SKIPPED, "old_sitemap")).isEqualTo(1);
    assertThat(metrics.get("sitemap", IngestMetrics.Outcome.SKIPPED, "undated")).isEqualTo(1);
  }

  @Test
  void shouldTakeEverythingWithoutACutOffAndCapThePages() throws Exception {
    serveXml("/pages.xml", fixture("pages-sitemap.xml", server.base()));
    server.on("/list.txt", ex -> send(ex, 200, "text/plain",
        (server.base() + "/t/1\n" + server.base() + "/t/2\n").getBytes(StandardCharsets.UTF_8)));

    List<PageTask> all = ingester(Map.of()).collect(List.of(server.base() + "/pages.xml",
        server.base() + "/list.txt"), null, new IngestReport());
    List<PageTask> capped = ingester(Map.of("sitemap.max-urls", "2")).collect(
        List.of(server.base() + "/pages.xml"), null, new IngestReport());

    assertThat(all).hasSize(5);
    assertThat(capped).hasSize(2);
  }

  @Test
  void shouldRefuseAnOversizedSitemapAndAGzipBomb() throws Exception {
    serveXml("/big.xml", fixture("pages-sitemap.xml", server.base()) + " ".repeat(5_000));
    byte[] bomb = LocalWebServer.gzip(new byte[3_000_000]);
    server.on("/bomb.xml.gz", ex -> send(ex, 200, "application/gzip", bomb));
    IngestReport report = new IngestReport();

    List<PageTask> tasks = ingester(Map.of("sitemap.max-bytes", "4000")).collect(
        List.of(server.base() + "/big.xml", server.base() + "/bomb.xml.gz"), null, report);

    assertThat(tasks).isEmpty();
    assertThat(report.failures()).hasSize(2).allSatisfy(f -> assertThat(f.reason()).contains("larger than the limit"));
  }

  @Test
  void shouldNotExpandExternalEntities(@TempDir Path dir) throws Exception {
    Path canary = dir.resolve("canary.txt");
    Files.writeString(canary, "CANARY-SECRET-42");
    serveXml("/evil.xml", fixture("xxe-sitemap.xml", server.base())
        .replace("CANARY_PATH", canary.toAbsolutePath().toString()));
    IngestReport report = new IngestReport();

    List<PageTask> tasks = ingester(Map.of()).collect(List.of(server.base() + "/evil.xml"), null, report);

    assertThat(tasks).noneSatisfy(t -> assertThat(t.url()).contains("CANARY"));
    assertThat(tasks).isEmpty();
    assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("sitemap"));
  }

}
