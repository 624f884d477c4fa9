package dev.newsflow.models.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelabellerTest {

  private static final Set<String> DEMONYMS = Set.of("German", "Iraqi", "Swedes");

  private static LabeledSentence sentence(String text, LabeledSentence.Span... spans) {
    return new LabeledSentence("fixture", List.of(text.split(" ")), List.of(spans), false);
  }

  @Test
  void mapsLabelsAndDropsTypesWithoutCoNllEquivalent() {
    Relabeller relabeller = new Relabeller(Map.of("group", EntityType.ORGANIZATION, "person", EntityType.PERSON),
        true, false, DEMONYMS);
    LabeledSentence in = sentence("Lena Berg joined Tide Runners on 3 May",
        new LabeledSentence.Span(0, 2, "person"), new LabeledSentence.Span(3, 5, "group"),
        new LabeledSentence.Span(6, 8, "date"));
    assertThat(relabeller.relabel(in).orElseThrow().spans()).containsExactly(
        new LabeledSentence.Span(0, 2, "person"), new LabeledSentence.Span(3, 5, "organization"));
  }

  @Test
  void tagsDemonymsMiscInCorporaThatLeaveThemOut() {
    Relabeller relabeller = new Relabeller(Map.of("loc", EntityType.LOCATION), false, false, DEMONYMS);
    LabeledSentence in = sentence("Two German Swedes visited Oslo", new LabeledSentence.Span(4, 5, "LOC"));
    assertThat(relabeller.relabel(in).orElseThrow().spans()).containsExactly(
        new LabeledSentence.Span(1, 2, "misc"), new LabeledSentence.Span(2, 3, "misc"),
        new LabeledSentence.Span(4, 5, "location"));
  }

  @Test
  void trimsTitlesAndArticlesFromSpans() {
    Relabeller relabeller = new Relabeller(Map.of("person", EntityType.PERSON, "location", EntityType.LOCATION,
        "organisation", EntityType.ORGANIZATION), false, true, DEMONYMS);
    LabeledSentence in = sentence("the Iraqi Foreign Minister Karim Haddad visited the city of Basra with the UN",
        new LabeledSentence.Span(0, 6, "Person"), new LabeledSentence.Span(7, 11, "Location"),
        new LabeledSentence.Span(12, 14, "Organisation"));
    assertThat(relabeller.relabel(in).orElseThrow().spans()).containsExactly(
        new LabeledSentence.Span(1, 2, "misc"), new LabeledSentence.Span(4, 6, "person"),
        new LabeledSentence.Span(10, 11, "location"), new LabeledSentence.Span(13, 14, "organization"));
  }

  @Test
  void dropsSpansWithoutANameAndSentencesThatCannotBeTrimmed() {
    Relabeller relabeller = new Relabeller(Map.of("person", EntityType.PERSON, "location", EntityType.LOCATION),
        false, true, DEMONYMS);
    assertThat(relabeller.relabel(sentence("I met them", new LabeledSentence.Span(0, 1, "Person")))
        .orElseThrow().spans()).isEmpty();
    Optional<LabeledSentence> unclean = relabeller.relabel(
        sentence("Rita Moss said so", new LabeledSentence.Span(0, 4, "Person")));
    // Lower-case words after the name are trimmed.
    assertThat(unclean.orElseThrow().spans()).containsExactly(new LabeledSentence.Span(0, 2, "person"));
    assertThat(relabeller.relabel(sentence("Port big Ella", new LabeledSentence.Span(0, 3, "Location"))))
        .isEmpty();
  }
}
