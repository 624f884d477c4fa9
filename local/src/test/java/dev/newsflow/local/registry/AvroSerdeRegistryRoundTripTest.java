package dev.newsflow.local.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import dev.newsflow.schemas.registry.RestSchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaMetadata;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.schemas.serde.AvroSerde;
import dev.newsflow.schemas.serde.AvroSerdeConfig;
import dev.newsflow.schemas.serde.WireFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our serde through the embedded registry over HTTP, as producers and consumers use it. */
class AvroSerdeRegistryRoundTripTest {

  private static EmbeddedSchemaRegistry registry;
  private static RestSchemaRegistryClient inspector;

  @BeforeAll
  static void startRegistry() {
    registry = EmbeddedSchemaRegistry.start();
    inspector = RestSchemaRegistryClient.builder(registry.url()).build();
  }

  @AfterAll
  static void stopRegistry() {
    inspector.close();
    registry.close();
  }

  @Test
  void shouldRoundTripRawArticleAndRegisterItUnderTopicValueSubject() {
    RawArticle article = RawArticle.newBuilder()
        .setId("0123456789abcdef0123456789abcdef")
        .setSourceId("https://example.org/feed.xml")
        .setSourceType(SourceType.FEED)
        .setUrl("https://example.org/news/1")
        .setContentType(ContentType.HTML)
        .setContent("<p>Grüße aus Köln</p>")
        .setTitle("Hello")
        .setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L))
        .setFetchedAt(Instant.ofEpochMilli(1_700_000_100_000L))
        .setHints(Map.of("language", "de", "category", "local"))
        .build();

    try (AvroSerde<RawArticle> serde = AvroSerde.forClass(RawArticle.class, config(), false)) {
      byte[] bytes = serde.serializer().serialize("rt.raw", article);

      assertThat(serde.deserializer().deserialize("rt.raw", bytes)).isEqualTo(article);
      SchemaMetadata registered = inspector.getLatest("rt.raw-value");
      assertThat(registered.schema()).isEqualTo(RawArticle.getClassSchema());
      assertThat(WireFormat.schemaId(bytes)).isEqualTo(registered.id());
    }
  }

  @Test
  void shouldRoundTripEnrichedArticleWithEntitiesAndTopics() {
    EnrichedArticle article = EnrichedArticle.newBuilder()
        .setId("fedcba9876543210fedcba9876543210")
        .setSourceId("push")
        .setSourceType(SourceType.PUSH)
        .setTitle("Merkel meets Macron in Paris")
        .setAuthors(List.of("A. Writer", "B. Editor"))
        .setFetchedAt(Instant.ofEpochMilli(1_700_000_100_000L))
        .setEnrichedAt(Instant.ofEpochMilli(1_700_000_200_000L))
        .setLanguage("en")
        .setText("Merkel meets Macron in Paris.")
        .setWordCount(5)
        .setEntities(List.of(
            new Entity("Angela Merkel", EntityType.PERSON, "Q567", 1, 0.9, List.of(new Span(0, 6))),
            new Entity("Emmanuel Macron", EntityType.PERSON, "Q3052772", 1, 0.8, List.of(new Span(13, 19))),
            new Entity("Paris", EntityType.LOCATION, null, 1, 0.4, List.of(new Span(23, 28)))))
        .setTopics(List.of(
            new Topic("medtop:11000000", "politics", 0.8, 1),
            new Topic("medtop:16000000", "conflict, war and peace", 0.1, 2)))
        .setContentHash("ab".repeat(32))
        .setSimhash(Long.MIN_VALUE)
        .setDuplicateOf("0123456789abcdef0123456789abcdef")
        .setPipelineVersion("test")
        .build();

    try (AvroSerde<EnrichedArticle> serde = AvroSerde.forClass(EnrichedArticle.class, config(), false);
       AvroDeserializer<EnrichedArticle> freshReader = new AvroDeserializer<>(EnrichedArticle.class)) {
      byte[] bytes = serde.serializer().serialize("rt.enriched", article);
      // A reader with empty caches must fetch the writer schema by id over HTTP.
      freshReader.configure(config(), false);
      EnrichedArticle read = freshReader.deserialize("rt.enriched", bytes);

      assertThat(read).isEqualTo(article);
      assertThat(read.getEntities()).extracting(Entity::getKbId).containsExactly("Q567", "Q3052772", null);
      assertThat(read.getTopics()).extracting(Topic::getRank).containsExactly(1, 2);
      assertThat(inspector.subjects()).contains("rt.enriched-value");
      assertThat(inspector.lookupId("rt.enriched-value", EnrichedArticle.getClassSchema()))
          .isEqualTo(WireFormat.schemaId(bytes));
    }
  }

  private static Map<String, Object> config() {
    return Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
  }
}
