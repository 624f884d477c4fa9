package dev.newsflow.local.registry.conformance;

import static dev.newsflow.local.registry.conformance.RegistryHttp.V1_JSON;
import static dev.newsflow.local.registry.conformance.RegistryHttp.assertError;
import static dev.newsflow.local.registry.conformance.RegistryHttp.body;
import static dev.newsflow.local.registry.conformance.RegistryHttp.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.local.registry.conformance.RegistryHttp.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Media types as Confluent's server negotiates them: answers in the best type the client accepts (406 when
 * none), bodies read in Confluent's types (415 otherwise), unknown paths 404, wrong methods 405.
 */
class ContentNegotiationConformanceTest extends RegistryConformance {

  @Test
  void answersInTheTypeTheClientPrefers() {
    assertThat(accepting(null).contentType()).isEqualTo(V1_JSON);
    assertThat(accepting("*/*").contentType()).isEqualTo(V1_JSON);
    assertThat(accepting("application/json").contentType()).isEqualTo("application/json");
    assertThat(accepting("application/vnd.schemaregistry+json").contentType())
        .isEqualTo("application/vnd.schemaregistry+json");
    assertThat(accepting("application/json, application/vnd.schemaregistry.v1+json").contentType())
        .isEqualTo(V1_JSON);
    assertThat(accepting("application/vnd.schemaregistry.v1+json;q=0.2, application/json").contentType())
        .isEqualTo("application/json");
    assertThat(accepting("text/html, application/*;q=0.8").contentType()).isEqualTo(V1_JSON);
    assertThat(accepting("application/json").body()).isEqualTo("[\"AVRO\"]");
  }

  @Test
  void answers406WhenTheClientAcceptsNoneOfItsTypes() {
    Answer answer = accepting("text/html");

    assertError(answer, 406, 406);
    assertThat(answer.contentType()).isEqualTo(V1_JSON);
    assertError(accepting("application/json;q=0, text/plain"), 406, 406);
  }

  @Test
  void readsBodiesInConfluentsTypesAndAnswers415ForOthers() {
    String schema = body(record("A", "id"));
    for (String type : new String[] {V1_JSON, "application/vnd.schemaregistry+json", "application/json",
        "application/json; charset=utf-8", "application/octet-stream"}) {
      Answer answer = http.send("POST", "/subjects/a-value/versions", schema, Map.of("Content-Type", type));
      assertThat(answer.body()).as(type).isEqualTo("{\"id\":1}");
    }

    Answer refused = http.send("POST", "/subjects/b-value/versions", schema, Map.of("Content-Type", "text/plain"));

    assertError(refused, 415, 415);
    assertThat(http.get("/subjects").body()).isEqualTo("[\"a-value\"]");
  }

  @Test
  void unknownPathsAre404AndUnsupportedMethods405BeforeMediaTypes() {
    assertError(http.get("/no/such/path"), 404, 404);
    assertError(http.get("/subjects/a-value/versions/1/nothing"), 404, 404);
    assertError(http.send("PATCH", "/subjects", null, Map.of("Accept", "text/html")), 405, 405);
    assertError(http.send("POST", "/schemas/types", "{}", Map.of("Content-Type", "text/plain")), 405, 405);
    assertThat(http.get("/").body()).isEqualTo("{}");
  }

  private Answer accepting(String accept) {
    return http.send("GET", "/schemas/types", null, accept == null ? Map.of() : Map.of("Accept", accept));
  }
}
