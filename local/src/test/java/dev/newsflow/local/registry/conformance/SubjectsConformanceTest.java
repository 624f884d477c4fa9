package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.body;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.local.registry.conformance.RegistryHttp.Answer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/**
 * The {@code /subjects} endpoints against Confluent's API reference: status codes, error codes and bodies,
 * over real HTTP.
 */
class SubjectsConformanceTest extends RegistryConformance {

  private static final Schema V1 = record("A", "id");
  private static final Schema V2 = SchemaBuilder.record("A").namespace("t").fields()
      .requiredString("id").name("lang").type().stringType().stringDefault("en").endRecord();
  private static final Schema V2_REQUIRED = record("A", "id", "lang");

  @Test
  void listSubjectsFiltersByPrefixDeletedStateAndPage() {
    http.register("news.raw-value", V1);
    http.register("news.enriched-value", V1);
    http.register("other-value", V1);
    http.delete("/subjects/other-value");

    assertThat(http.get("/subjects").body()).isEqualTo("[\"news.enriched-value\",\"news.raw-value\"]");
    assertThat(http.get("/subjects?subjectPrefix=news.r").body()).isEqualTo("[\"news.raw-value\"]");
    assertThat(http.get("/subjects?subjectPrefix=nothing").body()).isEqualTo("[]");
    assertThat(http.get("/subjects?deleted=true").body())
        .isEqualTo("[\"news.enriched-value\",\"news.raw-value\",\"other-value\"]");
    assertThat(http.get("/subjects?deletedOnly=true").body()).isEqualTo("[\"other-value\"]");
    assertThat(http.get("/subjects?offset=1&limit=1").body()).isEqualTo("[\"news.raw-value\"]");
    assertError(http.get("/subjects?offset=first"), 400, 400);
  }

  @Test
  void registerAnswersTheIdAndTheSameIdForTheSameSchema() {
    Answer first = http.post("/subjects/a-value/versions", body(V1));
    Answer again = http.post("/subjects/a-value/versions", body(V1));
    Answer elsewhere = http.post("/subjects/b-value/versions", body(V1));

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("{\"id\":1}");
    assertThat(again.body()).isEqualTo("{\"id\":1}");
    assertThat(elsewhere.body()).isEqualTo("{\"id\":1}");
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void registerRefusesIncompatibleWith409AndCode40901() {
    http.register("a-value", V1);

    assertError(http.post("/subjects/a-value/versions", body(V2_REQUIRED)), 409, 40901);
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void registerRefusesAnInvalidSchemaWith42201() {
    assertError(http.post("/subjects/a-value/versions", "{\"schema\": \"{\\\"type\\\": \\\"nope\\\"}\"}"), 422, 42201);
    assertError(http.post("/subjects/a-value/versions", "{\"schema\": \"{\\\"type\\\": \"}"), 422, 42201);
    assertError(http.post("/subjects/a-value/versions", "{\"schemaType\": \"AVRO\"}"), 422, 42201);
    assertError(http.get("/subjects/a-value/versions"), 404, 40401);
  }

  @Test
  void registerTakesAnExplicitVersionOnlyWhenItIsTheNextOne() {
    http.register("a-value", V1);

    assertError(http.post("/subjects/a-value/versions", body(V2, Map.of("version", 5))), 422, 42201);
    assertThat(http.post("/subjects/a-value/versions", body(V2, Map.of("version", 2))).body()).isEqualTo("{\"id\":2}");
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1,2]");
  }

  @Test
  void registerRefusesAnExplicitIdOutsideImportModeWith42205() {
    assertError(http.post("/subjects/a-value/versions", body(V1, Map.of("id", 100))), 422, 42205);
    assertError(http.get("/schemas/ids/100"), 404, 40403);
    assertThat(http.get("/subjects").body()).isEqualTo("[]");
  }

  @Test
  void registerAcceptsTheIdOfTheSchemaItAlreadyHolds() {
    int id = http.register("a-value", V1);

    Answer same = http.post("/subjects/a-value/versions", body(V1, Map.of("id", id)));

    assertThat(same.body()).isEqualTo("{\"id\":" + id + "}");
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void getVersionAnswersTheSchemaEntityForNumbersAndLatest() {
    http.register("a-value", V1);
    http.register("a-value", V2);

    JsonNode first = http.get("/subjects/a-value/versions/1").json();
    JsonNode latest = http.get("/subjects/a-value/versions/latest").json();

    assertThat(first.fieldNames()).toIterable().containsExactly("subject", "version", "id", "schema");
    assertThat(first.get("schema").asText()).isEqualTo(V1.toString());
    assertThat(latest.get("version").asInt()).isEqualTo(2);
    assertThat(http.get("/subjects/a-value/versions/-1").json()).isEqualTo(latest);
    assertThat(http.get("/subjects/a-value/versions/2/schema").body()).isEqualTo(V2.toString());
  }

  @Test
  void getVersionAnswers40401And40402And42202() {
    http.register("a-value", V1);

    assertError(http.get("/subjects/missing/versions/1"), 404, 40401);
    assertError(http.get("/subjects/a-value/versions/9"), 404, 40402);
    assertError(http.get("/subjects/a-value/versions/0"), 422, 42202);
    assertError(http.get("/subjects/a-value/versions/first"), 422, 42202);
    assertError(http.get("/subjects/a-value/versions/first/schema"), 422, 42202);
  }

  @Test
  void softDeletedVersionsShowOnlyWithDeletedTrue() {
    http.register("a-value", V1);
    http.register("a-value", V2);
    http.delete("/subjects/a-value/versions/1");

    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[2]");
    assertThat(http.get("/subjects/a-value/versions?deleted=true").body()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects/a-value/versions?deletedOnly=true").body()).isEqualTo("[1]");
    assertError(http.get("/subjects/a-value/versions/1"), 404, 40402);
    assertThat(http.get("/subjects/a-value/versions/1?deleted=true").json().get("schema").asText())
        .isEqualTo(V1.toString());
  }

  @Test
  void lookupFindsTheVersionAndAnswers40401And40403() {
    http.register("a-value", V1);

    JsonNode found = http.post("/subjects/a-value", body(V1)).json();

    assertThat(found.get("version").asInt()).isEqualTo(1);
    assertThat(found.get("id").asInt()).isEqualTo(1);
    assertThat(found.get("subject").asText()).isEqualTo("a-value");
    assertError(http.post("/subjects/missing", body(V1)), 404, 40401);
    assertError(http.post("/subjects/a-value", body(V2)), 404, 40403);
  }

  @Test
  void lookupFindsSoftDeletedVersionsWithDeletedTrue() {
    http.register("a-value", V1);
    http.delete("/subjects/a-value");

    assertError(http.post("/subjects/a-value", body(V1)), 404, 40401);
    assertThat(http.post("/subjects/a-value?deleted=true", body(V1)).json().get("version").asInt()).isEqualTo(1);
  }

  @Test
  void deleteSubjectIsSoftThenPermanentWith40404And40405() {
    int id = http.register("a-value", V1);
    http.put("/config/a-value", "{\"compatibility\": \"NONE\"}");

    assertError(http.delete("/subjects/a-value?permanent=true"), 404, 40405);
    assertThat(http.delete("/subjects/a-value").body()).isEqualTo("[1]");
    assertError(http.delete("/subjects/a-value"), 404, 40404);
    assertError(http.get("/config/a-value"), 404, 40408);
    assertThat(http.get("/schemas/ids/" + id).status()).isEqualTo(200);
    assertThat(http.delete("/subjects/a-value?permanent=true").body()).isEqualTo("[1]");
    assertError(http.get("/schemas/ids/" + id), 404, 40403);
    assertError(http.delete("/subjects/a-value"), 404, 40401);
  }

  @Test
  void deleteVersionIsSoftThenPermanentWith40406And40407() {
    http.register("a-value", V1);
    int second = http.register("a-value", V2);

    assertError(http.delete("/subjects/a-value/versions/2?permanent=true"), 404, 40407);
    assertThat(http.delete("/subjects/a-value/versions/2").body()).isEqualTo("2");
    assertError(http.delete("/subjects/a-value/versions/2"), 404, 40406);
    assertThat(http.get("/schemas/ids/" + second).status()).isEqualTo(200);
    assertThat(http.delete("/subjects/a-value/versions/2?permanent=true").body()).isEqualTo("2");
    assertError(http.get("/schemas/ids/" + second), 404, 40403);
    assertThat(http.get("/subjects/a-value/versions?deleted=true").body()).isEqualTo("[1]");
  }

  @Test
  void deleteVersionAnswers40401And40402And42202AndTakesLatest() {
    http.register("a-value", V1);
    http.register("a-value", V2);

    assertError(http.delete("/subjects/missing/versions/1"), 404, 40401);
    assertError(http.delete("/subjects/a-value/versions/7"), 404, 40402);
    assertError(http.delete("/subjects/a-value/versions/zero"), 422, 42202);
    assertThat(http.delete("/subjects/a-value/versions/latest").body()).isEqualTo("2");
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[1]");
  }

  @Test
  void deletingTheLastLiveVersionHidesTheSubjectAndKeepsNumbering() {
    http.register("a-value", V1);
    http.delete("/subjects/a-value/versions/1");

    assertThat(http.get("/subjects").body()).isEqualTo("[]");
    assertError(http.get("/subjects/a-value/versions"), 404, 40401);
    http.register("a-value", V2);
    assertThat(http.get("/subjects/a-value/versions").body()).isEqualTo("[2]");
  }

  @Test
  void referencedByIsEmptyForAnExistingVersionAndAnswersItsErrors() {
    http.register("a-value", V1);

    assertThat(http.get("/subjects/a-value/versions/1/referencedby").body()).isEqualTo("[]");
    assertThat(http.get("/subjects/a-value/versions/latest/referencedby").body()).isEqualTo("[]");
    assertError(http.get("/subjects/missing/versions/1/referencedby"), 404, 40401);
    assertError(http.get("/subjects/a-value/versions/3/referencedby"), 404, 40402);
    assertError(http.get("/subjects/a-value/versions/x/referencedby"), 422, 42202);
  }
}
