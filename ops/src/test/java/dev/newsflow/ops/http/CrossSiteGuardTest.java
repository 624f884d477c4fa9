package dev.newsflow.ops.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15, item 3: which requests a browser could be tricked into sending are refused, and which pass. */
class CrossSiteGuardTest {

  private final CrossSiteGuard guard = CrossSiteGuard.allowing(List.of("ingest.example.org"));

  private Optional<String> refusal(String method, String... headerPairs) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    return guard.refusal(method, headers::get);
  }

  @Test
  void shouldPassClientsThatAreNotBrowsers() {
    assertThat(refusal("POST", "Host", "127.0.0.1:8090")).isEmpty();
    assertThat(refusal("DELETE", "Host", "localhost:8081")).isEmpty();
    assertThat(refusal("GET")).isEmpty();
    assertThat(refusal("GET", "Host", "[::1]:9401")).isEmpty();
    assertThat(refusal("GET", "Host", "enrich-1:9401")).isEmpty();
    assertThat(refusal("GET", "Host", "10.1.2.3")).isEmpty();
    assertThat(refusal("GET", "Host", "Ingest.Example.Org.:443")).isEmpty();
    assertThat(refusal("GET", "Host", "app.localhost:3000")).isEmpty();
  }

  @Test
  void shouldRefuseAHostNameAnOutsideDnsCouldPointHere() {
    assertThat(refusal("GET", "Host", "rebind.attacker.example:8090")).hasValueSatisfying(message ->
        assertThat(message).contains("Host \"rebind.attacker.example:8090\"").contains("DNS-rebinding"));
    // the same name with a matching Origin, as a rebound page sends it, is still refused
    assertThat(refusal("POST", "Host", "rebind.attacker.example:8090", "Origin",
        "http://rebind.attacker.example:8090")).isPresent();
  }

  @Test
  void shouldRefuseAForeignOriginAndAcceptTheServersOwn() {
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Origin", "https://evil.example"))
        .hasValueSatisfying(message -> assertThat(message).startsWith("cross-origin request refused: Origin"));
    assertThat(refusal("GET", "Host", "localhost:9401", "Origin", "http://localhost:3000")).isPresent();
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Origin", "null")).isPresent();
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Origin", "file://")).isPresent();
    assertThat(refusal("POST", "Origin", "http://127.0.0.1:8090")).isPresent(); // no Host to be the same as

    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Origin", "http://127.0.0.1:8090")).isEmpty();
    assertThat(refusal("GET", "Host", "[::1]:9401", "Origin", "http://[::1]:9401")).isEmpty();
    // behind a TLS proxy the Origin carries no port
    assertThat(refusal("POST", "Host", "ingest.example.org", "Origin", "https://ingest.example.org")).isEmpty();
  }

  @Test
  void shouldRefuseAFormStylePostFromAnotherSiteThatCarriesNoOrigin() {
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Content-Type", "text/plain", "Sec-Fetch-Site",
        "cross-site")).isPresent();
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Sec-Fetch-Site", "same-site")).isPresent();
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Referer", "https://evil.example/page")).isPresent();
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Referer", "http://127.0.0.1:8090/form")).isEmpty();
    assertThat(refusal("POST", "Host", "127.0.0.1:8090", "Sec-Fetch-Site", "same-origin")).isEmpty();
    // a link followed from another site is a GET: it may open the dashboard
    assertThat(refusal("GET", "Host", "127.0.0.1:9401", "Sec-Fetch-Site", "cross-site", "Referer",
        "https://grafana.example/d/1")).isEmpty();
  }

  @Test
  void shouldQuoteHeaderValuesPrintableAndBounded() {
    String message = refusal("GET", "Host", "127.0.0.1", "Origin", "http://x.example/\n" + "a".repeat(500)).get();
    assertThat(message).doesNotContain("\n").hasSizeLessThan(200);
  }
}
