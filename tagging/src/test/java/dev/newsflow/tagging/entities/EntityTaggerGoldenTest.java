package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.kb.KbEntry;
import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tagger (bundled knowledge base, rule and gazetteer finders, with and without the statistical model) on short news
 * articles written for the project: the entities expected, their types and links, and no sentence-start words.
 */
class EntityTaggerGoldenTest {

  /** Rules and gazetteer alone, and the shipped tagger with the statistical model on top: both must pass. */
  static Stream<Arguments> taggers() {
    return Stream.of(Arguments.of("rules+gazetteer", EntityTagger.withFinders(List.of())),
        Arguments.of("shipped", EntityTagger.shipped()));
  }
  private final KnowledgeBase kb = KnowledgeBase.loadDefault();

  private static String article(String name) throws IOException {
    try (InputStream in = EntityTaggerGoldenTest.class.getResourceAsStream("/entities/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String idOf(String alias, EntityType type) {
    return kb.lookup(alias).stream().filter(e -> e.type() == type)
        .max((a, b) -> Long.compare(a.prior(), b.prior())).map(KbEntry::linkId).orElseThrow();
  }

  private static void assertSpansAreTheirText(String text, TaggedText tagged) {
    for (Mention m : tagged.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taggers")
  void shouldTagAPoliticsArticle(String finders, EntityTagger tagger) throws IOException {
    String text = article("ceasefire-talks.txt");
    TaggedText tagged = tagger.tag("Canada and Germany Push for Ceasefire Talks as Winter Nears", text);
    assertSpansAreTheirText(text, tagged);
    assertThat(tagged.entities()).extracting(Entity::name, Entity::type).contains(
        tuple("Mark Carney", EntityType.PERSON), tuple("Friedrich Merz", EntityType.PERSON),
        tuple("Marco Rubio", EntityType.PERSON), tuple("Dmitry Peskov", EntityType.PERSON),
        tuple("Vladimir Putin", EntityType.PERSON), tuple("Volodymyr Zelensky", EntityType.PERSON),
        tuple("Mark Rutte", EntityType.PERSON),
        tuple("Brussels", EntityType.LOCATION), tuple("Russia", EntityType.LOCATION),
        tuple("Ukraine", EntityType.LOCATION), tuple("Washington", EntityType.LOCATION),
        tuple("Sea of Azov", EntityType.LOCATION), tuple("Moscow", EntityType.LOCATION),
        tuple("Kyiv", EntityType.LOCATION), tuple("Canada", EntityType.LOCATION),
        tuple("Organization for Security and Co-operation in Europe", EntityType.ORGANIZATION),
        tuple("Kremlin", EntityType.ORGANIZATION),
        tuple("North Atlantic Treaty Organization", EntityType.ORGANIZATION),
        tuple("Canadian", EntityType.MISC), tuple("German", EntityType.MISC), tuple("Ukrainian", EntityType.MISC));
    assertThat(tagged.entities()).extracting(Entity::name)
        .doesNotContain("Details", "According", "However", "World", "Secretary", "President");
    Entity zelensky = entity(tagged, "Volodymyr Zelensky");
    assertThat(zelensky.kbId()).isEqualTo(idOf("Zelensky", EntityType.PERSON));
    assertThat(zelensky.spans()).hasSize(2); // "Volodymyr Zelensky" and "Zelensky"
    assertThat(entity(tagged, "Ukraine").kbId()).isEqualTo(idOf("Ukraine", EntityType.LOCATION));
    assertThat(entity(tagged, "Ukrainian").kbId()).isEqualTo(idOf("Ukraine", EntityType.LOCATION));
    // Named in the title and again in the lead: Canada outranks places named once further down.
    assertThat(salience(tagged, "Canada")).isGreaterThan(salience(tagged, "Kyiv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taggers")
  void shouldTagABusinessArticle(String finders, EntityTagger tagger) throws IOException {
    String text = article("plant-closures.txt");
    TaggedText tagged = tagger.tag(null, text);
    assertSpansAreTheirText(text, tagged);
    assertThat(tagged.entities()).extracting(Entity::name, Entity::type).contains(
        tuple("Harbor Mills Inc", EntityType.ORGANIZATION), tuple("Goldman Sachs", EntityType.ORGANIZATION),
        tuple("Federal Reserve Bank of Cleveland", EntityType.ORGANIZATION),
        tuple("Laura Brennan", EntityType.PERSON), tuple("Tom Hadley", EntityType.PERSON),
        tuple("Ohio", EntityType.LOCATION), tuple("Mexico", EntityType.LOCATION),
        tuple("Texas", EntityType.LOCATION), tuple("Ontario", EntityType.LOCATION),
        tuple("London", EntityType.LOCATION), tuple("Frankfurt", EntityType.LOCATION),
        tuple("European", EntityType.MISC));
    assertThat(tagged.entities()).extracting(Entity::name)
        .doesNotContain("Reading", "Shares", "Analysts", "Chief");
    assertThat(entity(tagged, "Laura Brennan").spans()).hasSize(2);
    assertThat(entity(tagged, "Harbor Mills Inc").salience()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taggers")
  void shouldTagADatelinedArticle(String finders, EntityTagger tagger) throws IOException {
    String text = article("river-talks.txt");
    TaggedText tagged = tagger.tag(null, text);
    assertSpansAreTheirText(text, tagged);
    assertThat(tagged.entities()).extracting(Entity::name, Entity::type).contains(
        tuple("Nairobi", EntityType.LOCATION), tuple("Kenya", EntityType.LOCATION),
        tuple("Nile", EntityType.LOCATION), tuple("Egypt", EntityType.LOCATION),
        tuple("African Union", EntityType.ORGANIZATION), tuple("World Bank", EntityType.ORGANIZATION),
        tuple("Musalia Mudavadi", EntityType.PERSON),
        tuple("Kenyan", EntityType.MISC), tuple("Ethiopian", EntityType.MISC));
    assertThat(entity(tagged, "Nairobi").spans()).hasSize(2); // "NAIROBI" in the dateline and "Nairobi"
    assertThat(entity(tagged, "African Union").spans()).hasSize(2); // and "AU"
    assertThat(tagged.entities()).extracting(Entity::name).doesNotContain("In", "The", "March");
  }

  private static Entity entity(TaggedText tagged, String name) {
    return tagged.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static double salience(TaggedText tagged, String name) {
    return entity(tagged, name).salience();
  }
}
