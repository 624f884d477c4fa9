package dev.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Every field of the contract survives the store (issue 16, item 8: V1 dropped sourceType, contentHash,
 * simhash, modifiedAt, siteName, leadImage, extraction, warnings and the entity spans).
 */
abstract class AbstractRoundTripSuite extends AbstractStoreSuite {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Column of {@code articles} per top-level field of the contract; entities and topics have their own tables. */
  static final Map<String, String> COLUMNS = columns();

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("id", "id");
    columns.put("sourceId", "source");
    columns.put("sourceType", "source_type");
    columns.put("url", "url");
    columns.put("canonicalUrl", "canonical_url");
    columns.put("title", "title");
    columns.put("description", "description");
    columns.put("authors", "authors");
    columns.put("section", "section");
    columns.put("publishedAt", "published_at");
    columns.put("fetchedAt", "fetched_at");
    columns.put("enrichedAt", "enriched_at");
    columns.put("language", "language");
    columns.put("text", "text");
    columns.put("wordCount", "word_count");
    columns.put("contentHash", "content_hash");
    columns.put("simhash", "simhash");
    columns.put("duplicateOf", "duplicate_of");
    columns.put("pipelineVersion", "pipeline_version");
    columns.put("modifiedAt", "modified_at");
    columns.put("siteName", "site_name");
    columns.put("leadImage", "lead_image");
    columns.put("extraction", "extraction");
    columns.put("warnings", "warnings");
    columns.put("publishedDate", "published_date");
    columns.put("publishedOffset", "published_offset");
    columns.put("storyId", "story_id");
    return columns;
  }

  static EnrichedArticle everyFieldSet() {
    Instant base = Instant.parse("2025-03-04T05:06:07.089Z");
    return EnrichedArticle.newBuilder()
        .setId("rt1").setSourceId("https://feeds.example/world.xml").setSourceType(SourceType.SITEMAP)
        .setUrl("https://news.example/a?utm_source=x").setCanonicalUrl("https://news.example/a")
        .setTitle("Title").setDescription("Description").setAuthors(List.of("A. Writer", "B. Editor"))
        .setSection("World").setPublishedAt(base.minusSeconds(3600)).setFetchedAt(base.minusSeconds(60))
        .setEnrichedAt(base).setLanguage("de").setText("Angela Merkel traf Angela Merkel in Berlin.")
        .setWordCount(7)
        .setEntities(List.of(
            Entity.newBuilder().setName("Angela Merkel").setType(EntityType.PERSON).setKbId("Q567").setMentions(2)
                .setSalience(0.75).setSpans(List.of(new Span(0, 13), new Span(19, 32))).build(),
            Entity.newBuilder().setName("Berlin").setType(EntityType.LOCATION).setMentions(1).setSalience(0.25)
                .setSpans(List.of(new Span(36, 42))).build()))
        .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.9, 1)))
        .setContentHash("ab".repeat(32))
        .setSimhash(0xF0E1D2C3B4A59687L) // negative as a signed long, beyond 2^53: must not be rounded
        .setDuplicateOf("rt0").setPipelineVersion("1.2.3").setModifiedAt(base.minusSeconds(1800))
        .setSiteName("Example News").setLeadImage("https://news.example/lead.jpg")
        .setExtraction(Map.of("title", "json-ld", "text", "readability", "authors", "meta"))
        .setWarnings(List.of("no publish date", "short text"))
        .setPublishedDate("2025-03-04").setPublishedOffset("+09:00")
        .setStoryId("s-rt0")
        .build();
  }

  @Test
  void shouldKeepEveryTopLevelFieldOfTheContract() throws Exception {
    // simhashHex is simhash in another notation: PostgreSQL gives it back as lpad(to_hex(simhash), 16, '0').
    List<String> fields = EnrichedArticle.getClassSchema().getFields().stream().map(Schema.Field::name)
        .filter(name -> !List.of("entities", "topics", "simhashHex").contains(name)).toList();
    assertThat(COLUMNS.keySet()).containsExactlyInAnyOrderElementsOf(fields);

    EnrichedArticle article = everyFieldSet();
    store.write(List.of(article));

    List<Object> row = fixture.query("SELECT " + String.join(", ", COLUMNS.values()) + " FROM articles").get(0);
    List<Object> expected = new ArrayList<>();
    for (String field : COLUMNS.keySet()) {
      expected.add(comparable(article.get(field)));
    }
    List<Object> actual = new ArrayList<>();
    List<String> columns = List.copyOf(COLUMNS.values());
    for (int i = 0; i < row.size(); i++) {
      actual.add(columns.get(i).equals("extraction") ? json(row.get(i)) : comparable(row.get(i)));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldKeepEntitySpansKbIdsAndTopics() throws Exception {
    store.write(List.of(everyFieldSet()));

    assertThat(fixture.query("SELECT name, type, kb_id, mentions, salience, span_starts, span_ends "
        + "FROM article_entities ORDER BY name")).containsExactly(
        List.of("Angela Merkel", "PERSON", "Q567", 2, 0.75, List.of(0, 19), List.of(13, 32)),
        row("Berlin", "LOCATION", null, 1, 0.25, List.of(36), List.of(42)));
    assertThat(fixture.query("SELECT code, label, score, rank FROM article_topics"))
        .containsExactly(List.of("medtop:11000000", "politics", 0.9, 1));
  }

  @Test
  void shouldMergeTheSpansOfRepeatedEntities() throws Exception {
    Entity once = Entity.newBuilder().setName("Berlin").setType(EntityType.LOCATION).setMentions(1)
        .setSalience(0.25).setSpans(List.of(new Span(36, 42))).build();
    Entity again = Entity.newBuilder(once).setSpans(List.of(new Span(50, 56))).build();
    store.write(List.of(EnrichedArticle.newBuilder(everyFieldSet()).setEntities(List.of(once, again)).build()));

    assertThat(fixture.query("SELECT mentions, span_starts, span_ends FROM article_entities"))
        .containsExactly(List.of(2, List.of(36, 50), List.of(42, 56)));
  }

  @Test
  void shouldReplaceTheNewFieldsOnUpdate() throws Exception {
    EnrichedArticle first = everyFieldSet();
    store.write(List.of(first));
    store.write(List.of(EnrichedArticle.newBuilder(first).setEnrichedAt(first.getEnrichedAt().plusSeconds(1))
        .setSimhash(7L).setSiteName(null).setWarnings(List.of()).setExtraction(Map.of("text", "plain")).build()));

    List<Object> row = fixture.query("SELECT simhash, site_name, warnings, extraction FROM articles").get(0);
    assertThat(comparable(row.get(0))).isEqualTo(7L);
    assertThat(row.get(1)).isNull();
    assertThat(row.get(2)).isEqualTo(List.of());
    assertThat(json(row.get(3))).isEqualTo(Map.of("text", "plain"));
  }

  private static List<Object> row(Object... values) {
    return new ArrayList<>(java.util.Arrays.asList(values));
  }

  /** Database and Avro values in one shape: instants, strings, longs, lists, maps. */
  static Object comparable(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof java.time.LocalDate d) {
      return d.toString();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime t) {
      return t.toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.MILLIS);
    }
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> strings = new LinkedHashMap<>();
      map.forEach((k, v) -> strings.put(k.toString(), v.toString()));
      return strings;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }

  /** The extraction column (PostgreSQL jsonb, DuckDB JSON text) as a map. */
  static Object json(Object column) throws Exception {
    return JSON.readValue(column.toString(), Map.class);
  }
}
