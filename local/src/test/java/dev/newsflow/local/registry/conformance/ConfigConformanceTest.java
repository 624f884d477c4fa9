package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.body;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** {@code /config} and {@code /compatibility} against Confluent's API reference, over real HTTP. */
class ConfigConformanceTest extends RegistryConformance {

  private static final Schema V1 = record("A", "id");
  private static final Schema V2 = SchemaBuilder.record("A").namespace("t").fields()
      .requiredString("id").name("lang").type().stringType().stringDefault("en").endRecord();
  /** Requires V2's field without a default: reads V2's data, not V1's. */
  private static final Schema V3 = record("A", "id", "lang");

  @Test
  void globalConfigGetsSetsAndResetsToBackward() {
    assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    assertThat(http.put("/config", "{\"compatibility\": \"FULL\"}").body()).isEqualTo("{\"compatibility\":\"FULL\"}");
    assertThat(http.delete("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    assertError(http.put("/config", "{\"compatibility\": \"SIDEWAYS\"}"), 422, 42203);
  }

  @Test
  void subjectConfigAnswers40408WhenUnsetAnd40401OnDeletingNothing() {
    assertError(http.get("/config/a-value"), 404, 40408);
    assertThat(http.get("/config/a-value?defaultToGlobal=true").body())
        .isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    assertError(http.delete("/config/a-value"), 404, 40401);

    http.put("/config/a-value", "{\"compatibility\": \"NONE\"}");

    assertThat(http.get("/config/a-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    assertThat(http.delete("/config/a-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    assertError(http.get("/config/a-value"), 404, 40408);
  }

  @Test
  void configPropertiesThisRegistryDoesNotKeepAreRefusedNotDropped() {
    assertError(http.put("/config", "{\"compatibility\": \"FULL\", \"normalize\": true}"), 422, 42203);
    assertError(http.put("/config/a-value", "{\"compatibility\": \"FULL\", \"compatibilityGroup\": \"g\"}"),
        422, 42203);
    assertError(http.put("/config", "{\"defaultRuleSet\": {\"domainRules\": [{\"name\": \"r\"}]}}"), 422, 42210);
    assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    assertThat(http.put("/config", "{\"compatibility\": \"FULL\", \"normalize\": false}").status()).isEqualTo(200);
  }

  @Test
  void compatibilityAgainstLatestChecksOnlyTheNewestVersion() {
    http.put("/config/a-value", "{\"compatibility\": \"BACKWARD_TRANSITIVE\"}");
    http.register("a-value", V1);
    http.register("a-value", V2);

    JsonNode latest = http.post("/compatibility/subjects/a-value/versions/latest", body(V3)).json();
    JsonNode all = http.post("/compatibility/subjects/a-value/versions?verbose=true", body(V3)).json();

    assertThat(latest.get("is_compatible").asBoolean()).isTrue();
    assertThat(all.get("is_compatible").asBoolean()).isFalse();
    assertThat(all.get("messages")).isNotEmpty();
    assertThat(http.post("/compatibility/subjects/a-value/versions/1", body(V3)).json()
        .get("is_compatible").asBoolean()).isFalse();
  }

  @Test
  void compatibilityAnswersItsErrorCodes() {
    http.register("a-value", V1);

    assertThat(http.post("/compatibility/subjects/new-value/versions/latest", body(V1)).json()
        .get("is_compatible").asBoolean()).isTrue();
    assertError(http.post("/compatibility/subjects/new-value/versions/1", body(V1)), 404, 40401);
    assertError(http.post("/compatibility/subjects/a-value/versions/4", body(V1)), 404, 40402);
    assertError(http.post("/compatibility/subjects/a-value/versions/v4", body(V1)), 422, 42202);
    assertError(http.post("/compatibility/subjects/a-value/versions", "{\"schema\": \"{}\"}"), 422, 42201);
  }
}
