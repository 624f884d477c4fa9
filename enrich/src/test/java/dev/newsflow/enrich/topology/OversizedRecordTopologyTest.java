package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.serde.AvroSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 1 and issue 16, item 9 in the topology alone: a record over {@code max.record.bytes} becomes one
 * bounded dead letter and the next record flows; dead-letter headers stay small whatever the error says.
 */
class OversizedRecordTopologyTest {

  private static final int LIMIT = 64 * 1024;
  private EnrichTopologyHarness harness;

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void shouldSendAnArticleOverMaxRecordBytesToTheDlqCutToFitAndGoOn() {
    ArticleEnricher enricher = new ArticleEnricher();
    harness = EnrichTopologyHarness.start(settings -> settings.maxRecordBytes(LIMIT),
        EnrichStages.cleanOnly(enricher::enrich));
    String body = "Delegates met again in the capital to talk about trade and roads. ".repeat(1_500);
    RawArticle big = article("big", "A long report\n\n" + body);

    harness.raw().pipeInput("big", big);
    harness.raw().pipeInput("next", article("next", "Next story\n\nThe mayor opened a bridge."));

    List<TestRecord<byte[], byte[]>> dead = harness.dlq().readRecordsToList();
    assertThat(dead).hasSize(1);
    Headers headers = dead.get(0).headers();
    assertThat(DeadLetters.get(headers, DeadLetters.HEADER_EXCEPTION))
        .isEqualTo("org.apache.kafka.common.errors.RecordTooLargeException");
    assertThat(DeadLetters.get(headers, DeadLetters.HEADER_MESSAGE)).contains("value limit of topic");
    // The processor that could not write it: the sink of the first near-duplicate band's repartition topic.
    assertThat(DeadLetters.get(headers, DeadLetters.HEADER_STAGE)).isEqualTo("dedupe-band-0-repartition-sink");
    assertThat(DeadLetters.get(headers, DeadLetters.HEADER_OFFSET)).isEqualTo("0");
    int rawSize = harness.config().pipelineTopics().raw().valueSerde().serializer()
        .serialize(harness.config().topics().raw(), big).length;
    assertThat(DeadLetters.get(headers, DeadLetters.HEADER_VALUE_TRUNCATED)).isEqualTo(String.valueOf(rawSize));
    assertThat(dead.get(0).value().length).isLessThanOrEqualTo(LIMIT);
    assertThat(harness.enriched().readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("next");
  }

  @Test
  void shouldKeepDeadLetterHeadersSmallWhenTheErrorEmbedsASchema() {
    // at_least_once: the test driver's exactly-once simulation drops the deserialization handler's dead letter.
    harness = EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once"),
        EnrichStages.cleanOnly(new ArticleEnricher()::enrich));
    // An enriched article on news.raw: its writer schema cannot be read as RawArticle, and the error says why at
    // length (on the code before, a stack-trace header of tens of KB).
    AvroSerializer<EnrichedArticle> serializer = new AvroSerializer<>();
    serializer.configure(Map.of("schema.registry.url", harness.config().kafka().schemaRegistryUrl()), false);
    byte[] wrongSchema = serialize(serializer, "elsewhere", new ArticleEnricher().enrich(article("x", "T\n\nBody.")));

    harness.rawBytes().pipeInput("wrong".getBytes(StandardCharsets.UTF_8), wrongSchema);
    harness.raw().pipeInput("next", article("next", "Next story\n\nThe mayor opened a bridge."));

    TestRecord<byte[], byte[]> dead = harness.dlq().readRecord();
    assertThat(dead.value()).isEqualTo(wrongSchema);
    int headerBytes = 0;
    for (Header header : dead.headers()) {
      headerBytes += header.key().length() + header.value().length;
    }
    assertThat(headerBytes).isLessThan(8 * 1024);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("cannot be read as");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STACKTRACE)).contains("\tat ");
    assertThat(harness.enriched().readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("next");
  }

  private static <T> byte[] serialize(Serializer<T> serializer, String topic, T value) {
    return serializer.serialize(topic, value);
  }

  private static RawArticle article(String id, String content) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent(content).setFetchedAt(Instant.parse("2025-05-01T12:00:00Z"))
        .build();
  }
}
