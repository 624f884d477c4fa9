package dev.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

  private static final Schema V1 = record("""
            [{"name": "x", "type": "int"}]""");
  private static final Schema V2_OPTIONAL_Y = record("""
            [{"name": "x", "type": "int"}, {"name": "y", "type": "string", "default": "d"}]""");
  private static final Schema V3_REQUIRED_Y = record("""
            [{"name": "x", "type": "int"}, {"name": "y", "type": "string"}]""");
  private static final Schema ONLY_Y = record("""
            [{"name": "y", "type": "string", "default": "d"}]""");

  @Test
  void shouldAcceptAnyFirstVersion() {
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.FULL_TRANSITIVE, V3_REQUIRED_Y, List.of()))
        .isTrue();
  }

  @Test
  void shouldAcceptNewFieldWithDefaultUnderBackward() {
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.BACKWARD, V2_OPTIONAL_Y, List.of(V1))).isTrue();
  }

  @Test
  void shouldRejectNewRequiredFieldUnderBackwardAndExplainWhy() {
    CompatibilityChecker.Result result =
        CompatibilityChecker.check(CompatibilityLevel.BACKWARD, V3_REQUIRED_Y, List.of(V1));

    assertThat(result.compatible()).isFalse();
    assertThat(result.messages()).singleElement().asString()
        .contains("BACKWARD").contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("y");
  }

  @Test
  void shouldRejectDroppingRequiredFieldUnderForwardButNotBackward() {
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.FORWARD, ONLY_Y, List.of(V1))).isFalse();
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.BACKWARD, ONLY_Y, List.of(V1))).isTrue();
  }

  @Test
  void shouldRequireBothDirectionsUnderFull() {
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.FULL, V2_OPTIONAL_Y, List.of(V1))).isTrue();
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.FULL, ONLY_Y, List.of(V1))).isFalse();
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.FULL, V3_REQUIRED_Y, List.of(V1))).isFalse();
  }

  @Test
  void shouldCheckOnlyLatestVersionUnlessTransitive() {
    List<Schema> history = List.of(V1, V2_OPTIONAL_Y);

    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.BACKWARD, V3_REQUIRED_Y, history)).isTrue();
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.BACKWARD_TRANSITIVE, V3_REQUIRED_Y, history))
        .isFalse();
  }

  @Test
  void shouldAcceptAnythingUnderNone() {
    Schema unrelated = Schema.create(Schema.Type.BOOLEAN);

    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.NONE, unrelated, List.of(V1))).isTrue();
    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.BACKWARD, unrelated, List.of(V1))).isFalse();
  }

  @Test
  void shouldParseLevelNamesCaseInsensitively() {
    assertThat(CompatibilityLevel.fromName("full_transitive")).contains(CompatibilityLevel.FULL_TRANSITIVE);
    assertThat(CompatibilityLevel.fromName("sideways")).isEmpty();
    assertThat(CompatibilityLevel.fromName(null)).isEmpty();
  }

  private static Schema record(String fieldsJson) {
    return new Schema.Parser().parse("{\"type\": \"record\", \"name\": \"R\", \"fields\": " + fieldsJson + "}");
  }
}
