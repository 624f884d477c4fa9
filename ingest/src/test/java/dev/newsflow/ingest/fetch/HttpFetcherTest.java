package dev.newsflow.ingest.fetch;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.fetch.FetchResult.Failed;
import dev.newsflow.ingest.fetch.FetchResult.Fetched;
import dev.newsflow.ingest.testing.LocalWebServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private LocalWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static HttpFetcher fetcher(Map<String, String> overrides) {
    return new HttpFetcher(LocalWebServer.testConfig(overrides));
  }

  @Test
  void shouldFetchAPageWithTheProjectUserAgentAndDecodeGzip() throws Exception {
    byte[] html = "<html><body><p>Gzipped story</p></body></html>".getBytes(StandardCharsets.UTF_8);
    server.on("/a", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, "text/html; charset=utf-8", LocalWebServer.gzip(html));
    });

    FetchResult result = fetcher(Map.of()).fetch(FetchRequest.page(server.uri("/a")));

    assertThat(result).isInstanceOf(Fetched.class);
    Fetched page = (Fetched) result;
    assertThat(page.body()).isEqualTo(html);
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo("utf-8");
    LocalWebServer.Seen seen = server.requests("/a").get(0);
    assertThat(seen.header("User-Agent")).startsWith("newsflow/").contains("+http");
    assertThat(seen.header("Accept-Encoding")).contains("gzip").doesNotContain("br");
  }

  @Test
  void shouldAnswerNotModifiedToAConditionalGet() {
    server.on("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        ex.getResponseHeaders().set("Last-Modified", "Tue, 25 Nov 2025 10:00:00 GMT");
        send(ex, 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
      }
    });
    HttpFetcher fetcher = fetcher(Map.of());

    Fetched first = (Fetched) fetcher.fetch(FetchRequest.page(server.uri("/feed")));
    FetchResult second = fetcher.fetch(new FetchRequest(server.uri("/feed"), first.etag(), first.lastModified(),
        FetchRequest.Accept.HTML, 0));

    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    assertThat(server.requests("/feed").get(1).header("If-Modified-Since")).isEqualTo(first.lastModified());
  }

  @Test
  void shouldHonourRobotsTxtDisallow() {
    server.on("/robots.txt", ex -> send(ex, 200, "text/plain",
        "User-agent: *\nDisallow: /\n\nUser-agent: newsflow\nDisallow: /private/\nAllow: /\n"
            .getBytes(StandardCharsets.UTF_8)));
    server.html("/private/", "<p>secret</p>");
    server.html("/news/", "<p>news</p>");
    HttpFetcher fetcher = fetcher(Map.of());

    FetchResult denied = fetcher.fetch(FetchRequest.page(server.uri("/private/page")));
    FetchResult allowed = fetcher.fetch(FetchRequest.page(server.uri("/news/page")));

    assertThat(denied).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.ROBOTS_DISALLOWED));
    assertThat(allowed).isInstanceOf(Fetched.class);
    assertThat(server.requests("/private/page")).isEmpty();
    assertThat(server.requests("/robots.txt")).hasSize(1); // cached
  }

  @Test
  void shouldTreatAServerErrorOnRobotsTxtAsDisallowAndAMissingOneAsAllow() throws Exception {
    server.on("/robots.txt", ex -> send(ex, 503, "text/plain", new byte[0]));
    server.html("/a", "<p>a</p>");
    try (LocalWebServer other = new LocalWebServer()) {
      other.html("/b", "<p>b</p>"); // no robots.txt: 404
      HttpFetcher fetcher = fetcher(Map.of());

      assertThat(fetcher.fetch(FetchRequest.page(server.uri("/a")))).isInstanceOfSatisfying(Failed.class,
          f -> assertThat(f.reason()).isEqualTo(FailureReason.ROBOTS_DISALLOWED));
      assertThat(fetcher.fetch(FetchRequest.page(other.uri("/b")))).isInstanceOf(Fetched.class);
    }
    assertThat(server.requests("/a")).isEmpty();
  }

  @Test
  void shouldKeepTheHostDelayBetweenRequestsToOneHost() throws Exception {
    server.on("/p", ex -> send(ex, 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
    HttpFetcher fetcher = fetcher(Map.of("host.delay", "250ms", "robots.enabled", "false"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        int n = i;
        results.add(pool.submit(() -> fetcher.fetch(FetchRequest.page(server.uri("/p/" + n)))));
      }
      for (Future<FetchResult> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS)).isInstanceOf(Fetched.class);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Long> arrivals = server.requests().stream().map(LocalWebServer.Seen::nanos).sorted().toList();
    assertThat(arrivals).hasSize(3);
    for (int i = 1; i < arrivals.size(); i++) {
      // Requested at once from three threads, they reach the server one delay apart (generous margin).
      assertThat(TimeUnit.NANOSECONDS.toMillis(arrivals.get(i) - arrivals.get(i - 1))).isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  void shouldWaitALongerCrawlDelayFromRobotsTxt() {
    server.on("/robots.txt", ex -> send(ex, 200, "text/plain",
        "User-agent: newsflow\nCrawl-delay: 1\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));
    server.on("/p", ex -> send(ex, 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
    HttpFetcher fetcher = fetcher(Map.of("host.delay", "0"));

    assertThat(fetcher.fetch(FetchRequest.page(server.uri("/p/1")))).isInstanceOf(Fetched.class);
    assertThat(fetcher.fetch(FetchRequest.page(server.uri("/p/2")))).isInstanceOf(Fetched.class);

    long gap = server.requests("/p/2").get(0).nanos() - server.requests("/p/1").get(0).nanos();
    assertThat(TimeUnit.NANOSECONDS.toMillis(gap)).isGreaterThanOrEqualTo(900);
  }

  @Test
  void shouldRetryA503AfterRetryAfterThenSucceed() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/busy", ex -> {
      if (calls.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
      } else {
        send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
      }
    });

    FetchResult result = fetcher(Map.of("robots.enabled", "false")).fetch(FetchRequest.page(server.uri("/busy")));

    assertThat(result).isInstanceOfSatisfying(Fetched.class, f -> assertThat(f.attempts()).isEqualTo(2));
    List<LocalWebServer.Seen> seen = server.requests("/busy");
    assertThat(seen).hasSize(2);
    assertThat(TimeUnit.NANOSECONDS.toMillis(seen.get(1).nanos() - seen.get(0).nanos())).isGreaterThanOrEqualTo(900);
  }

  @Test
  void shouldNotRetryPermanentFailures() {
    server.on("/gone", ex -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
    server.on("/pdf", ex -> send(ex, 200, "application/pdf", new byte[100]));
    HttpFetcher fetcher = fetcher(Map.of("robots.enabled", "false"));

    FetchResult missing = fetcher.fetch(FetchRequest.page(server.uri("/gone")));
    FetchResult pdf = fetcher.fetch(FetchRequest.page(server.uri("/pdf")));

    assertThat(missing).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.NOT_FOUND);
      assertThat(f.permanent()).isTrue();
    });
    assertThat(pdf).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.CONTENT_TYPE));
    assertThat(server.requests("/gone")).hasSize(1);
    assertThat(server.requests("/pdf")).hasSize(1);
  }

  @Test
  void shouldGiveUpOnServerErrorsAfterTheConfiguredAttempts() {
    server.on("/down", ex -> send(ex, 500, "text/plain", new byte[0]));

    FetchResult result = fetcher(Map.of("robots.enabled", "false", "retry.max-attempts", "3"))
        .fetch(FetchRequest.page(server.uri("/down")));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.SERVER_ERROR);
      assertThat(f.attempts()).isEqualTo(3);
    });
    assertThat(server.requests("/down")).hasSize(3);
  }

  @Test
  void shouldCutOffAnOversizedBodyWithAClearError() {
    server.on("/big", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[1024]);
        }
      } catch (java.io.IOException e) {
        // the client hung up, as it should
      }
    });

    FetchResult result = fetcher(Map.of("robots.enabled", "false", "fetch.max-body-bytes", "10000"))
        .fetch(FetchRequest.page(server.uri("/big")));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.TOO_LARGE);
      assertThat(f.message()).contains("larger than the limit of 10000 bytes");
    });
  }

  /** Issue 15, item 4: a feed over its limit named fetch.max-body-bytes although feed.max-bytes applied. */
  @Test
  void shouldNameTheFeedLimitWhenAFeedIsTooLarge() throws Exception {
    server.on("/feed", ex -> send(ex, 200, "application/rss+xml", new byte[50_000]));

    FetchResult result = fetcher(Map.of("robots.enabled", "false"))
        .fetch(new FetchRequest(server.uri("/feed"), null, null, FetchRequest.Accept.FEED, 10_000));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.TOO_LARGE);
      assertThat(f.message()).contains("larger than the limit of 10000 bytes").contains("raise feed.max-bytes")
          .doesNotContain("fetch.max-body-bytes");
    });
  }

  @Test
  void shouldNameTheSettingThatBoundsEachKindOfRequest() {
    URI uri = URI.create("http://example.org/x");
    assertThat(HttpFetcher.limitSetting(FetchRequest.page(uri))).isEqualTo("fetch.max-body-bytes");
    assertThat(HttpFetcher.limitSetting(new FetchRequest(uri, null, null, FetchRequest.Accept.FEED, 5)))
        .isEqualTo("feed.max-bytes");
    assertThat(HttpFetcher.limitSetting(new FetchRequest(uri, null, null, FetchRequest.Accept.SITEMAP, 5)))
        .isEqualTo("sitemap.max-bytes");
  }

  @Test
  void shouldCutOffAGzipBombAfterTheLimit() throws Exception {
    byte[] bomb = LocalWebServer.gzip(new byte[5_000_000]);
    server.on("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, "text/html", bomb);
    });

    FetchResult result = fetcher(Map.of("robots.enabled", "false", "fetch.max-body-bytes", "100000"))
        .fetch(FetchRequest.page(server.uri("/bomb")));

    assertThat(bomb.length).isLessThan(100_000);
    assertThat(result).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.TOO_LARGE));
  }

  @Test
  void shouldTimeOutOnASlowServer() {
    server.on("/slow", ex -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });

    FetchResult result = fetcher(Map.of("robots.enabled", "false", "fetch.read-timeout", "300ms",
        "retry.max-attempts", "1")).fetch(FetchRequest.page(server.uri("/slow")));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.TIMEOUT);
      assertThat(f.permanent()).isFalse();
    });
  }

  @Test
  void shouldTimeOutOnABodyThatTrickles() {
    server.on("/trickle", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 30; i++) {
          out.write("<p>.</p>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(100);
        }
      } catch (Exception e) {
        // client gone
      }
    });

    FetchResult result = fetcher(Map.of("robots.enabled", "false", "fetch.read-timeout", "400ms",
        "retry.max-attempts", "1")).fetch(FetchRequest.page(server.uri("/trickle")));

    assertThat(result).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.TIMEOUT));
  }

  @Test
  void shouldFollowRedirectsUpToTheLimit() {
    server.on("/old", ex -> {
      ex.getResponseHeaders().set("Location", "/new");
      send(ex, 301, null, new byte[0]);
    });
    server.html("/new", "<p>new</p>");
    server.on("/loop", ex -> {
      ex.getResponseHeaders().set("Location", "/loop");
      send(ex, 302, null, new byte[0]);
    });
    HttpFetcher fetcher = fetcher(Map.of("robots.enabled", "false", "fetch.max-redirects", "3"));

    FetchResult moved = fetcher.fetch(FetchRequest.page(server.uri("/old")));
    FetchResult loop = fetcher.fetch(FetchRequest.page(server.uri("/loop")));

    assertThat(moved).isInstanceOfSatisfying(Fetched.class,
        f -> assertThat(f.finalUri()).isEqualTo(server.uri("/new")));
    assertThat(loop).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.TOO_MANY_REDIRECTS));
    assertThat(server.requests("/loop")).hasSize(4);
  }

  @Test
  void shouldRefuseLocalAddressesUnlessAllowed() {
    server.html("/a", "<p>a</p>");
    HttpFetcher guarded = new HttpFetcher(FetchConfig.from(LocalWebServer.testSettings(
        Map.of("net.allow-private-networks", "false"))));

    for (String url : List.of(server.base() + "/a", "http://localhost:" + server.port() + "/a",
        "http://[::1]:" + server.port() + "/a", "http://10.0.0.7/", "http://169.254.169.254/latest/meta-data/",
        "http://192.168.1.1/", "http://100.64.0.1/", "http://0.0.0.0:" + server.port() + "/a")) {
      FetchResult result = guarded.fetch(FetchRequest.page(java.net.URI.create(url)));
      assertThat(result).as(url).isInstanceOfSatisfying(Failed.class,
          f -> assertThat(f.reason()).isEqualTo(FailureReason.BLOCKED_ADDRESS));
    }
    assertThat(guarded.fetch(FetchRequest.page(java.net.URI.create("file:///etc/passwd"))))
        .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.BAD_URL));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void shouldRefuseAHostNameThatResolvesToLoopback() {
    server.html("/a", "<p>a</p>");
    AddressGuard guard = new AddressGuard(AddressPolicy.publicOnly(),
        host -> new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getLoopbackAddress()});
    HttpFetcher fetcher = new HttpFetcher(LocalWebServer.testConfig(Map.of()), guard, Clock.systemUTC());

    FetchResult result = fetcher.fetch(FetchRequest.page(
        java.net.URI.create("http://rebind.example:" + server.port() + "/a")));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.BLOCKED_ADDRESS);
      assertThat(f.message()).contains("loopback");
    });
  }

  @Test
  void shouldCheckEveryRedirectHopAgainstTheGuard() {
    server.on("/jump", ex -> {
      ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
      send(ex, 302, null, new byte[0]);
    });
    // Loopback allowed by name for the test server only; the metadata address stays refused.
    HttpFetcher fetcher = new HttpFetcher(FetchConfig.from(LocalWebServer.testSettings(
        Map.of("net.allow-private-networks", "false", "net.allow", "127.0.0.1/32", "robots.enabled", "false"))));

    FetchResult result = fetcher.fetch(FetchRequest.page(server.uri("/jump")));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.BLOCKED_ADDRESS);
      assertThat(f.message()).contains("169.254.169.254");
    });
    assertThat(server.requests("/jump")).hasSize(1);
  }
}
