package dev.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryClientTest {

  private static final Schema V1 = SchemaBuilder.record("Article").namespace("t").fields()
      .requiredString("id").endRecord();
  private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("Article").namespace("t").fields()
      .requiredString("id").name("lang").type().stringType().stringDefault("en").endRecord();
  private static final Schema V2_REQUIRED = SchemaBuilder.record("Article").namespace("t").fields()
      .requiredString("id").requiredString("lang").endRecord();
  private static final Schema OTHER = SchemaBuilder.record("Other").namespace("t").fields()
      .requiredLong("n").endRecord();

  private final MockSchemaRegistryClient client = new MockSchemaRegistryClient();

  @AfterEach
  void dropScopes() {
    SchemaRegistryClients.dropScope("mock-test-a");
  }

  @Test
  void shouldGiveIdsFromOneAndReuseThemForTheSameSchema() {
    int first = client.register("a-value", V1);
    int again = client.register("a-value", new Schema.Parser().parse(V1.toString().replace(",", " ,\n  ")));
    int other = client.register("b-value", OTHER);

    assertThat(first).isEqualTo(1);
    assertThat(again).isEqualTo(first);
    assertThat(other).isEqualTo(2);
    assertThat(client.getLatest("a-value").version()).isEqualTo(1);
  }

  @Test
  void shouldGiveTheSameIdToTheSameSchemaUnderAnotherSubject() {
    int id = client.register("a-value", V1);

    assertThat(client.register("b-value", V1)).isEqualTo(id);
    assertThat(client.getLatest("b-value")).isEqualTo(new SchemaMetadata(id, 1, "b-value", V1));
  }

  @Test
  void shouldAddVersionForCompatibleEvolution() {
    int v1 = client.register("a-value", V1);
    int v2 = client.register("a-value", V2_WITH_DEFAULT);

    assertThat(v2).isNotEqualTo(v1);
    assertThat(client.getVersion("a-value", 1).schema()).isEqualTo(V1);
    assertThat(client.getLatest("a-value")).isEqualTo(new SchemaMetadata(v2, 2, "a-value", V2_WITH_DEFAULT));
    assertThat(client.getById(v1)).isEqualTo(V1);
    assertThat(client.lookupId("a-value", V1)).isEqualTo(v1);
  }

  @Test
  void shouldRejectIncompatibleSchemaWith409ByDefault() {
    client.register("a-value", V1);

    assertThat(client.testCompatibility("a-value", V2_REQUIRED)).isFalse();
    assertThatThrownBy(() -> client.register("a-value", V2_REQUIRED))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(409);
          assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
          assertThat(e.getMessage()).contains("lang");
        });
    assertThat(client.getLatest("a-value").version()).isEqualTo(1);
  }

  @Test
  void shouldAcceptIncompatibleSchemaOnceSubjectLevelIsNone() {
    client.register("a-value", V1);
    client.setCompatibility("a-value", "none");

    assertThat(client.getCompatibility("a-value")).isEqualTo("NONE");
    assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");
    assertThat(client.testCompatibility("a-value", V2_REQUIRED)).isTrue();
    assertThat(client.register("a-value", V2_REQUIRED)).isEqualTo(2);
  }

  @Test
  void shouldApplyGlobalLevelToSubjectsWithoutTheirOwn() {
    client.setCompatibility(null, "FORWARD");

    assertThat(client.getCompatibility("anything")).isEqualTo("FORWARD");
  }

  @Test
  void shouldRejectUnknownCompatibilityLevelWith42203() {
    assertThatThrownBy(() -> client.setCompatibility(null, "SIDEWAYS"))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL));
  }

  @Test
  void shouldReportUnknownSubjectVersionAndSchemaWithConfluentCodes() {
    client.register("a-value", V1);

    assertThat(codeOf(() -> client.getLatest("nope"))).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
    assertThat(codeOf(() -> client.lookupId("nope", V1))).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
    assertThat(codeOf(() -> client.lookupId("a-value", OTHER))).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
    assertThat(codeOf(() -> client.getVersion("a-value", 7))).isEqualTo(SchemaRegistryException.VERSION_NOT_FOUND);
    assertThat(codeOf(() -> client.getById(99))).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
  }

  @Test
  void shouldListSubjectsWithVersions() {
    client.register("b-value", V1);
    client.register("a-value", OTHER);

    assertThat(client.subjects()).containsExactly("a-value", "b-value");
  }

  @Test
  void shouldShareOneMockPerScopeUntilDropped() {
    SchemaRegistryClient first = SchemaRegistryClients.create("mock://mock-test-a", Map.of());
    first.register("a-value", V1);

    SchemaRegistryClient second = SchemaRegistryClients.create("mock://mock-test-a", Map.of());
    assertThat(second).isSameAs(first);

    SchemaRegistryClients.dropScope("mock-test-a");
    SchemaRegistryClient fresh = SchemaRegistryClients.create("mock://mock-test-a", Map.of());
    assertThat(fresh).isNotSameAs(first);
    assertThat(fresh.subjects()).isEmpty();
  }

  @Test
  void shouldCreateRestClientForHttpUrlsWithCredentialsStrippedFromUrl() {
    SchemaRegistryClient rest = SchemaRegistryClients.create("http://u:p@localhost:1/, https://h2:8081",
        Map.of("http.connect.timeout.ms", "1000"));

    assertThat(rest).isInstanceOfSatisfying(RestSchemaRegistryClient.class,
        r -> assertThat(r.baseUrls()).containsExactly("http://localhost:1", "https://h2:8081"));
  }

  private static int codeOf(Runnable call) {
    try {
      call.run();
    } catch (SchemaRegistryException e) {
      return e.errorCode();
    }
    throw new AssertionError("expected a SchemaRegistryException");
  }
}
