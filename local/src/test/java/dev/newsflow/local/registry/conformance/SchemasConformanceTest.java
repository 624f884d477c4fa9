package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** The {@code /schemas} endpoints against Confluent's API reference, over real HTTP. */
class SchemasConformanceTest extends RegistryConformance {

  private static final Schema A1 = record("A", "id");
  private static final Schema A2 = SchemaBuilder.record("A").namespace("t").fields()
      .requiredString("id").name("lang").type().stringType().stringDefault("en").endRecord();
  private static final Schema B = record("B", "n");

  @Test
  void listSchemasBySubjectThenVersionWithPrefixLatestOnlyDeletedAndPaging() {
    http.register("a-value", A1);
    http.register("a-value", A2);
    http.register("b-value", B);
    http.delete("/subjects/b-value");

    JsonNode all = http.get("/schemas").json();

    assertThat(all).hasSize(2);
    assertThat(all.get(0).fieldNames()).toIterable().containsExactly("subject", "version", "id", "schema");
    assertThat(all.get(1).get("schema").asText()).isEqualTo(A2.toString());
    assertThat(http.get("/schemas?latestOnly=true").json()).extracting(n -> n.get("version").asInt())
        .containsExactly(2);
    assertThat(http.get("/schemas?deleted=true").json()).extracting(n -> n.get("subject").asText())
        .containsExactly("a-value", "a-value", "b-value");
    assertThat(http.get("/schemas?deleted=true&subjectPrefix=b").json()).extracting(n -> n.get("id").asInt())
        .containsExactly(3);
    assertThat(http.get("/schemas?offset=1&limit=5").json()).extracting(n -> n.get("version").asInt())
        .containsExactly(2);
    assertThat(http.get("/schemas?ruleType=DOMAIN").body()).isEqualTo("[]");
  }

  @Test
  void schemaTypesAreAvroOnly() {
    assertThat(http.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
  }

  @Test
  void schemaByIdAnswersTheSchemaAndMaxIdOnRequest() {
    int id = http.register("a-value", A1);
    http.register("b-value", B);

    JsonNode byId = http.get("/schemas/ids/" + id).json();

    assertThat(byId.fieldNames()).toIterable().containsExactly("schema");
    assertThat(byId.get("schema").asText()).isEqualTo(A1.toString());
    assertThat(http.get("/schemas/ids/" + id + "?fetchMaxId=true").json().get("maxId").asInt()).isEqualTo(2);
    assertThat(http.get("/schemas/ids/" + id + "?format=resolved").json()).isEqualTo(byId);
    assertThat(http.get("/schemas/ids/" + id + "/schema").body()).isEqualTo(A1.toString());
    assertError(http.get("/schemas/ids/42"), 404, 40403);
    assertError(http.get("/schemas/ids/42/schema"), 404, 40403);
  }

  @Test
  void subjectsOfAnIdListEveryHolderAndDeletedOnRequest() {
    int id = http.register("a-value", A1);
    http.register("b-value", A1);
    http.register("c-value", A1);
    http.delete("/subjects/c-value");

    assertThat(http.get("/schemas/ids/" + id + "/subjects").body()).isEqualTo("[\"a-value\",\"b-value\"]");
    assertThat(http.get("/schemas/ids/" + id + "/subjects?deleted=true").body())
        .isEqualTo("[\"a-value\",\"b-value\",\"c-value\"]");
    assertThat(http.get("/schemas/ids/" + id + "/subjects?subject=b-value").body()).isEqualTo("[\"b-value\"]");
    assertError(http.get("/schemas/ids/99/subjects"), 404, 40403);
  }

  @Test
  void versionsOfAnIdAreSubjectVersionPairs() {
    Schema withNote = SchemaBuilder.record("B").namespace("t").fields()
        .requiredString("n").optionalString("note").endRecord();
    http.register("a-value", B);
    int id = http.register("a-value", withNote);
    http.register("b-value", B);
    http.register("b-value", withNote);

    assertThat(http.get("/schemas/ids/" + id + "/versions").body())
        .isEqualTo("[{\"subject\":\"a-value\",\"version\":2},{\"subject\":\"b-value\",\"version\":2}]");
    assertThat(http.get("/schemas/ids/" + id + "/versions?subject=b-value&limit=1").body())
        .isEqualTo("[{\"subject\":\"b-value\",\"version\":2}]");
    assertError(http.get("/schemas/ids/99/versions"), 404, 40403);
    assertError(http.get("/schemas/ids/nine/versions"), 404, 40403);
  }
}
