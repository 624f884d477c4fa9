package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.V1_JSON;
import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.body;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 3: a web page the operator visits cannot register or delete subjects through their browser,
 * neither cross-origin nor by DNS rebinding; each refusal is a 403 with code 40301, and nothing changes.
 */
class CrossSiteConformanceTest extends RegistryConformance {

  private static final Schema A = record("A", "id");

  @Test
  void foreignOriginPostAndDeleteAreRefusedWith40301() {
    http.register("kept-value", A);

    RegistryHttp.Answer post = http.send("POST", "/subjects/evil-value/versions", body(A),
        Map.of("Content-Type", "text/plain", "Origin", "https://evil.example"));
    assertError(post, 403, 40301);
    assertThat(post.json().get("message").asText()).contains("cross-origin request refused");
    assertError(http.send("DELETE", "/subjects/kept-value", null, Map.of("Origin", "https://evil.example")),
        403, 40301);

    assertThat(http.get("/subjects").body()).isEqualTo("[\"kept-value\"]");
  }

  @Test
  void aReboundHostNameIsRefusedEvenWithAMatchingOrigin() {
    String host = "rebind.attacker.example:" + registry.port();
    assertError(http.send("POST", "/subjects/evil-value/versions", body(A),
        Map.of("Content-Type", V1_JSON, "Host", host, "Origin", "http://" + host)), 403, 40301);
    assertError(http.send("GET", "/subjects", null, Map.of("Host", host)), 403, 40301);
    assertThat(http.get("/subjects").body()).isEqualTo("[]");
  }

  @Test
  void theRegistrysOwnOriginAndClientsWithoutOneAreServed() {
    RegistryHttp.Answer sameOrigin = http.send("POST", "/subjects/a-value/versions", body(A),
        Map.of("Content-Type", V1_JSON, "Origin", registry.url()));
    assertThat(sameOrigin.status()).as(sameOrigin.body()).isEqualTo(200);
    assertThat(http.send("GET", "/subjects", null, Map.of("Host", "localhost:" + registry.port())).status())
        .isEqualTo(200);
  }
}
