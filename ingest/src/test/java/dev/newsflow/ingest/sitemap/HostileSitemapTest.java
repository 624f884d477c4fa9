package dev.newsflow.ingest.sitemap;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.testing.HostileXml;
import dev.newsflow.ingest.testing.LocalWebServer;
import dev.newsflow.ingest.url.PageTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8, hostile input: generated mutations of a sitemap ({@link HostileXml}) served by a real local HTTP server
 * and walked by {@link SitemapIngester} (fetcher, gunzip with the size limit, crawler-commons). Every case ends as
 * pages to fetch or a failure in the run's report naming the sitemap and the reason; nothing throws out of the
 * walk, no entity is expanded, no local file read, and a gzip bomb is cut at {@code sitemap.max-bytes} (10 MB here)
 * instead of being inflated to its 1 GiB in surefire's 1 GB heap.
 */
class HostileSitemapTest {

  private static final String CANARY = "CANARY-SECRET-8";
  private static final long MAX_BYTES = 10L * 1024 * 1024;

  private static LocalWebServer server;

  /** Exactly {@code pages} pages taken and no failure, or a failure whose reason contains {@code reason}. */
  record Outcome(int pages, String reason) {}

  @BeforeAll
  static void start() throws IOException {
    server = new LocalWebServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        // crawler-commons reads sitemaps leniently: it keeps the URLs before the damage.
        xml("truncated in a tag", base -> HostileXml.truncated(HostileXml.sitemap(base, 50, "", ""), 0.5),
            new Outcome(25, null)),
        xml("100k nested elements in a url", base -> HostileXml.sitemap(base, 5, "",
            HostileXml.nested("x", 100_000)), new Outcome(5, null)),
        xml("9 MB attribute", base -> HostileXml.sitemap(base, 5, "",
            "<x a=\"" + "x".repeat(9 * 1024 * 1024) + "\"/>"), new Outcome(5, null)),
        xml("NUL bytes", base -> HostileXml.sitemap(base, 5, "", "a\0b"), new Outcome(1, null)),
        bytes("invalid UTF-8", base -> HostileXml.invalidUtf8(HostileXml.sitemap(base, 5, "", "")
            .replace("<urlset", "<!-- Island Gazette --><urlset")), new Outcome(5, null)),
        bytes("text sitemap, one 5 MB line", base -> (base + "/a/" + "x".repeat(5_000_000))
            .getBytes(StandardCharsets.UTF_8), new Outcome(0, null)), // over the 2,048 chars of the protocol
        xml("billion laughs", base -> HostileXml.sitemap(base, 5, HostileXml.billionLaughsDoctype("urlset"),
            "<lol>&lol9;</lol>"), new Outcome(0, "not a readable sitemap")),
        xml("external entity", base -> HostileXml.sitemap(base, 5,
            HostileXml.externalEntityDoctype("urlset", canary().toString()), "<x>&xxe;</x>"),
            new Outcome(0, "not a readable sitemap")),
        bytes("gzip bomb: 1 MB of gzip members inflating to 1 GiB", base -> gzipBomb(),
            new Outcome(0, "larger than the limit")),
        bytes("gzip of the gzip bomb, sent with Content-Encoding gzip: a few KB", base -> gzip(gzipBomb()),
            new Outcome(0, "larger than the limit")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void shouldTakePagesOrReportEveryHostileSitemap(String name, Function<String, byte[]> body, Outcome expected) {
    String path = "/hostile-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        + (name.startsWith("gzip") ? ".xml.gz" : ".xml");
    byte[] bytes = body.apply(server.base());
    server.on(path, ex -> {
      if (name.startsWith("gzip of")) {
        ex.getResponseHeaders().set("Content-Encoding", "gzip"); // the .xml.gz sent gzip-encoded once more
      }
      send(ex, 200, name.startsWith("gzip") ? "application/gzip" : "application/xml", bytes);
    });
    IngestReport report = new IngestReport();

    List<PageTask> tasks = ingester().collect(List.of(server.base() + path), null, report);

    assertThat(tasks).allSatisfy(t -> assertThat(t.url()).startsWith(server.base()).doesNotContain(CANARY));
    if (expected.reason() == null) {
      assertThat(report.failures()).isEmpty();
      assertThat(tasks.size()).isEqualTo(expected.pages());
    } else {
      assertThat(tasks).isEmpty();
      assertThat(report.failures()).singleElement().satisfies(f -> {
        assertThat(f.input()).isEqualTo(server.base() + path);
        assertThat(f.reason()).contains(expected.reason()).doesNotContain(CANARY);
      });
    }
  }

  private static SitemapIngester ingester() {
    Map<String, String> overrides = Map.of("sitemap.max-bytes", Long.toString(MAX_BYTES), "robots.enabled", "false");
    return new SitemapIngester(new HttpFetcher(LocalWebServer.testConfig(overrides)), null,
        SitemapConfig.from(LocalWebServer.testSettings(overrides)), new IngestMetrics(),
        Clock.fixed(Instant.parse("2025-11-25T12:00:00Z"), ZoneOffset.UTC));
  }

  private static Arguments xml(String name, Function<String, String> xml, Outcome outcome) {
    Function<String, byte[]> body = base -> xml.apply(base).getBytes(StandardCharsets.UTF_8);
    return Arguments.of(name, body, outcome);
  }

  private static Arguments bytes(String name, Function<String, byte[]> body, Outcome outcome) {
    return Arguments.of(name, body, outcome);
  }

  private static byte[] gzipBomb() {
    try {
      return HostileXml.gzipBomb(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    try {
      return HostileXml.gzip(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path canary() {
    try {
      Path file = Files.createTempFile("hostile-sitemap-canary", ".txt");
      Files.writeString(file, CANARY);
      file.toFile().deleteOnExit();
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
