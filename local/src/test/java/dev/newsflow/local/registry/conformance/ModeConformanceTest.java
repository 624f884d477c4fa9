package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.body;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** {@code /mode} and {@code /mode/{s}}, and what each mode allows, against Confluent's API reference. */
class ModeConformanceTest extends RegistryConformance {

  private static final Schema A = record("A", "id");
  private static final Schema B = record("B", "n");
  private static final Schema C = record("C", "x");

  @Test
  void globalModeIsReadWriteAndSetsAndEchoes() {
    assertThat(http.get("/mode").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
    assertThat(http.put("/mode", "{\"mode\": \"READONLY\"}").body()).isEqualTo("{\"mode\":\"READONLY\"}");
    assertThat(http.get("/mode").body()).isEqualTo("{\"mode\":\"READONLY\"}");
    assertError(http.put("/mode", "{\"mode\": \"SOMETIMES\"}"), 422, 42204);
    assertError(http.put("/mode", "{}"), 422, 42204);
    assertError(http.delete("/mode"), 405, 405);
  }

  @Test
  void readOnlyRefusesNewSchemasAndDeletesWith42205ButAnswersRegisteredOnes() {
    int id = http.register("a-value", A);
    http.put("/mode", "{\"mode\": \"READONLY\"}");

    assertThat(http.post("/subjects/a-value/versions", body(A)).body()).isEqualTo("{\"id\":" + id + "}");
    assertError(http.post("/subjects/b-value/versions", body(B)), 422, 42205);
    assertError(http.delete("/subjects/a-value"), 422, 42205);
    assertError(http.delete("/subjects/a-value/versions/1"), 422, 42205);
    assertThat(http.get("/subjects").body()).isEqualTo("[\"a-value\"]");
  }

  @Test
  void subjectModeIsItsOwnOrTheGlobalOneAnd40409Or40401WhenUnset() {
    assertError(http.get("/mode/a-value"), 404, 40409);
    assertThat(http.get("/mode/a-value?defaultToGlobal=true").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
    assertError(http.delete("/mode/a-value"), 404, 40401);

    assertThat(http.put("/mode/a-value", "{\"mode\": \"READONLY\"}").body()).isEqualTo("{\"mode\":\"READONLY\"}");

    assertThat(http.get("/mode/a-value").body()).isEqualTo("{\"mode\":\"READONLY\"}");
    assertError(http.post("/subjects/a-value/versions", body(A)), 422, 42205);
    http.register("b-value", B);
    assertThat(http.delete("/mode/a-value").body()).isEqualTo("{\"mode\":\"READONLY\"}");
    http.register("a-value", A);
  }

  @Test
  void readOnlyOverrideWinsOverASubjectsOwnMode() {
    http.put("/mode/a-value", "{\"mode\": \"READWRITE\"}");
    http.put("/mode", "{\"mode\": \"READONLY_OVERRIDE\"}");

    assertThat(http.get("/mode/a-value").body()).isEqualTo("{\"mode\":\"READONLY_OVERRIDE\"}");
    assertError(http.post("/subjects/a-value/versions", body(A)), 422, 42205);
  }

  @Test
  void importNeedsNoLiveSchemasUnlessForced() {
    http.register("a-value", A);

    assertError(http.put("/mode", "{\"mode\": \"IMPORT\"}"), 422, 42205);
    assertError(http.put("/mode/a-value", "{\"mode\": \"IMPORT\"}"), 422, 42205);
    assertThat(http.put("/mode/b-value", "{\"mode\": \"IMPORT\"}").status()).isEqualTo(200);
    assertThat(http.put("/mode/a-value?force=true", "{\"mode\": \"IMPORT\"}").body())
        .isEqualTo("{\"mode\":\"IMPORT\"}");
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void importRegistersWithTheGivenIdsAndVersionsAndLaterIdsFollowThem() {
    http.put("/mode", "{\"mode\": \"IMPORT\"}");

    assertThat(http.post("/subjects/a-value/versions", body(A, Map.of("id", 40, "version", 3))).body())
        .isEqualTo("{\"id\":40}");
    assertThat(http.post("/subjects/b-value/versions", body(B, Map.of("id", 7))).body()).isEqualTo("{\"id\":7}");
    assertError(http.post("/subjects/c-value/versions", body(C)), 422, 42205);
    assertError(http.post("/subjects/c-value/versions", body(C, Map.of("id", 40))), 422, 42205);
    http.put("/mode", "{\"mode\": \"READWRITE\"}");

    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[3]");
    assertThat(http.get("/schemas/ids/40/schema").body()).isEqualTo(A.toString());
    assertThat(http.get("/subjects/b-value/versions/1").json().get("id").asInt()).isEqualTo(7);
    assertThat(http.register("c-value", C)).isEqualTo(41);
  }

  @Test
  void enteringImportForgetsSoftDeletedVersions() {
    int id = http.register("a-value", A);
    http.delete("/subjects/a-value");

    http.put("/mode", "{\"mode\": \"IMPORT\"}");

    assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[]");
    assertError(http.get("/schemas/ids/" + id), 404, 40403);
  }
}
