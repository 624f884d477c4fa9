package dev.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.registry.CompatibilityChecker;
import dev.newsflow.schemas.registry.CompatibilityLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema change must be BACKWARD compatible: today's readers read data written with the
 * previous released version, kept under {@code src/test/resources/schemas/previous/}.
 */
class SchemaCompatibilityTest {

  static Stream<Arguments> currentSchemas() {
    return Stream.of(
        Arguments.of("RawArticle", RawArticle.getClassSchema()),
        Arguments.of("EnrichedArticle", EnrichedArticle.getClassSchema()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentSchemas")
  void shouldReadDataWrittenWithThePreviousReleasedVersion(String name, Schema current) throws IOException {
    Schema previous = previousSchema(name);

    SchemaCompatibility.SchemaPairCompatibility avroVerdict =
        SchemaCompatibility.checkReaderWriterCompatibility(current, previous);
    CompatibilityChecker.Result registryVerdict =
        CompatibilityChecker.check(CompatibilityLevel.BACKWARD, current, List.of(previous));

    assertThat(avroVerdict.getType()).as(avroVerdict.getDescription())
        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    assertThat(registryVerdict.messages()).isEmpty();
    assertThat(registryVerdict.compatible()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentSchemas")
  void shouldCatchANewRequiredFieldWithoutDefault(String name, Schema current) throws IOException {
    Schema broken = withField(current, "{\"name\": \"mandatoryNewField\", \"type\": \"string\"}");

    CompatibilityChecker.Result verdict =
        CompatibilityChecker.check(CompatibilityLevel.BACKWARD, broken, List.of(previousSchema(name)));

    assertThat(verdict.compatible()).isFalse();
    assertThat(verdict.messages()).anySatisfy(m -> assertThat(m).contains("mandatoryNewField"));
  }

  @Test
  void shouldAcceptTheSameChangeWithADefault() throws IOException {
    Schema evolved = withField(RawArticle.getClassSchema(),
        "{\"name\": \"optionalNewField\", \"type\": [\"null\", \"string\"], \"default\": null}");

    assertThat(CompatibilityChecker.isCompatible(CompatibilityLevel.BACKWARD, evolved,
        List.of(previousSchema("RawArticle")))).isTrue();
  }

  private static Schema withField(Schema schema, String fieldJson) {
    String json = schema.toString();
    return new Schema.Parser().parse(json.substring(0, json.lastIndexOf(']')) + "," + fieldJson + "]}");
  }

  private static Schema previousSchema(String name) throws IOException {
    try (InputStream in = SchemaCompatibilityTest.class.getResourceAsStream("/schemas/previous/" + name + ".avsc")) {
      assertThat(in).as("schemas/previous/" + name + ".avsc on the test classpath").isNotNull();
      return new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
