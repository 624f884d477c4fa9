package dev.newsflow.ingest.fetch;

import static dev.newsflow.ingest.testing.LocalWebServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.fetch.FetchResult.Failed;
import dev.newsflow.ingest.testing.HostileXml;
import dev.newsflow.ingest.testing.LocalWebServer;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8, hostile input: compression bombs from a real local HTTP server through {@link HttpFetcher}. A body that
 * inflates past {@code fetch.max-body-bytes} (10 MB here) fails as TOO_LARGE naming the limit, after inflating at
 * most the limit: the 1 GiB these bodies expand to would not fit surefire's 1 GB heap, so a fetcher that inflated
 * them whole would fail this test with OutOfMemoryError.
 */
class HostileBodiesTest {

  private static final int LIMIT = 10 * 1024 * 1024;
  private static LocalWebServer server;
  private static byte[] bomb;

  @BeforeAll
  static void start() throws IOException {
    server = new LocalWebServer();
    bomb = HostileXml.gzipBomb(1);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> bombs() {
    return Stream.of(
        Arguments.of("gzip: 1 MB inflating to 1 GiB", "gzip", null),
        Arguments.of("gzip, gzip: a few KB inflating to 1 MB, then to 1 GiB", "gzip, gzip", "double"),
        Arguments.of("deflate: 200 MB of zeros in about 200 KB", "deflate", "deflate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void shouldCutACompressionBombAtTheBodyLimit(String name, String contentEncoding, String variant)
      throws IOException {
    byte[] body = variant == null ? bomb
        : variant.equals("double") ? HostileXml.gzip(bomb) : HostileXml.deflateZeros(200 * 1024 * 1024);
    assertThat(body.length).isLessThan(LIMIT / 8); // small on the wire: only the inflated size is over the limit
    String path = "/bomb-" + Math.abs(name.hashCode());
    server.on(path, ex -> {
      ex.getResponseHeaders().set("Content-Encoding", contentEncoding);
      send(ex, 200, "text/html", body);
    });

    FetchResult result = new HttpFetcher(LocalWebServer.testConfig(
        Map.of("robots.enabled", "false", "fetch.max-body-bytes", Integer.toString(LIMIT))))
        .fetch(FetchRequest.page(server.uri(path)));

    assertThat(result).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(FailureReason.TOO_LARGE);
      assertThat(f.message()).contains("larger than the limit of " + LIMIT + " bytes");
    });
  }
}
