package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.body;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * What this registry does not support (schema references, JSON Schema and Protobuf, data contracts) is
 * refused with Confluent's code and nothing is stored, rather than accepted and dropped; bad input gets a
 * message without internal names.
 */
class RefusalsConformanceTest extends RegistryConformance {

  private static final Schema A = record("A", "id");

  @Test
  void referencesAreRefusedWith42201() {
    List<Map<String, Object>> references = List.of(Map.of("name", "t.B", "subject", "b-value", "version", 1));

    assertError(http.post("/subjects/a-value/versions", body(A, Map.of("references", references))), 422, 42201);
    assertError(http.post("/subjects/a-value/versions",
        "{\"schema\": \"{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"A\\\", \\\"fields\\\":"
            + " [{\\\"name\\\": \\\"b\\\", \\\"type\\\": \\\"t.B\\\"}]}\"}"), 422, 42201);
    assertNothingStored();
  }

  @Test
  void otherSchemaTypesAreRefusedWith42201() {
    assertError(http.post("/subjects/a-value/versions", "{\"schemaType\": \"JSON\", \"schema\": \"{}\"}"), 422, 42201);
    assertError(http.post("/subjects/a-value/versions",
        "{\"schemaType\": \"PROTOBUF\", \"schema\": \"syntax = \\\"proto3\\\";\"}"), 422, 42201);
    assertError(http.post("/subjects/a-value", body(A, Map.of("schemaType", "JSON"))), 422, 42201);
    assertNothingStored();
  }

  @Test
  void metadataIsRefusedWith42201AndRuleSetsWith42210() {
    Map<String, Object> metadata = Map.of("properties", Map.of("owner", "news-team"));
    Map<String, Object> ruleSet = Map.of("domainRules", List.of(Map.of("name", "checkLen", "kind", "CONDITION")));

    assertError(http.post("/subjects/a-value/versions", body(A, Map.of("metadata", metadata))), 422, 42201);
    assertError(http.post("/subjects/a-value/versions", body(A, Map.of("ruleSet", ruleSet))), 422, 42210);
    assertError(http.post("/compatibility/subjects/a-value/versions", body(A, Map.of("ruleSet", ruleSet))),
        422, 42210);
    assertNothingStored();
  }

  @Test
  void emptyReferencesMetadataAndRuleSetsCarryNothingAndAreAccepted() {
    Map<String, Object> empty = Map.of("references", List.of(), "metadata", Map.of("properties", Map.of()),
        "ruleSet", Map.of("domainRules", List.of(), "migrationRules", List.of()), "schemaType", "AVRO");

    assertThat(http.post("/subjects/a-value/versions", body(A, empty)).body()).isEqualTo("{\"id\":1}");
  }

  @Test
  void malformedBodiesAnswer400AndInvalidAvroAnswers42201WithoutInternalNames() {
    assertError(http.post("/subjects/a-value/versions", "{not json"), 400, 400);
    assertError(http.post("/subjects/a-value/versions", "[1, 2]"), 400, 400);
    assertError(http.post("/subjects/a-value/versions", body(A, Map.of("id", "seven"))), 400, 400);
    for (String schema : new String[] {"{\\\"type\\\": \\\"nope\\\"}", "{\\\"type\\\": ", "[1, 2]",
        "{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"X\\\", \\\"fields\\\": [{\\\"name\\\": \\\"a\\\","
            + " \\\"type\\\": \\\"int\\\", \\\"default\\\": \\\"x\\\"}]}"}) {
      assertError(http.post("/subjects/a-value/versions", "{\"schema\": \"" + schema + "\"}"), 422, 42201);
    }
    assertNothingStored();
  }

  private void assertNothingStored() {
    assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[]");
    assertError(http.get("/schemas/ids/1"), 404, 40403);
  }
}
