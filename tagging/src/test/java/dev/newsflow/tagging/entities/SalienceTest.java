package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Sentence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalienceTest {

  private final NewsTokenizer tokenizer = new NewsTokenizer();

  private static Mention at(String text, String surface) {
    int start = text.indexOf(surface);
    return new Mention(start, start + surface.length(), EntityType.PERSON, surface, "model", 0.8);
  }

  @Test
  void shouldWeighTitleLeadAndEarlinessAndScaleToTheLargest() {
    String text = "Ann spoke. Bo spoke. Cy spoke.";
    EntityGroup ann = new EntityGroup(EntityType.PERSON, null);
    EntityGroup bo = new EntityGroup(EntityType.PERSON, null);
    EntityGroup cy = new EntityGroup(EntityType.PERSON, null);
    List<Mention> mentions = List.of(at(text, "Ann"), at(text, "Bo"), at(text, "Cy"),
        new Mention(0, 2, EntityType.PERSON, "Cy", "model", 0.8)); // the last one is in the title
    Consolidation.Groups groups = new Consolidation.Groups(List.of(ann, bo, cy), List.of(ann, bo, cy, cy));

    Map<EntityGroup, Double> salience = Salience.weigh(groups, mentions, 3, text, tokenizer.split(text));

    // Ann: 1 + 1 (lead) + 0.5 (first) = 2.5; Bo at 11 of 30: 1 + 1 + 0.5 * 19/30 = 2.3167;
    // Cy at 21, after the lead: 1 + 0.5 * 9/30 = 1.15, plus 1 + 2 in the title = 4.15, the largest.
    assertThat(salience.keySet()).containsExactly(ann, bo, cy);
    assertThat(salience).containsEntry(ann, 0.6024).containsEntry(bo, 0.5582).containsEntry(cy, 1.0);
    assertThat(cy.count).isEqualTo(2);
    assertThat(cy.spans).containsExactly(new Span(21, 23)); // title mentions have no span in the text
  }

  @Test
  void shouldCountJoinedGroupsIntoTheirRoot() {
    String text = "Helena Marsh spoke. Marsh left.";
    EntityGroup full = new EntityGroup(EntityType.PERSON, null);
    EntityGroup surname = new EntityGroup(EntityType.PERSON, null);
    surname.parent = full;
    List<Mention> mentions = List.of(at(text, "Helena Marsh"), new Mention(20, 25, EntityType.PERSON, "Marsh",
        "document", 0.5));
    Consolidation.Groups groups = new Consolidation.Groups(List.of(full, surname), List.of(full, surname));

    Map<EntityGroup, Double> salience = Salience.weigh(groups, mentions, 2, text, tokenizer.split(text));

    assertThat(salience).containsOnlyKeys(full).containsEntry(full, 1.0);
    assertThat(full.count).isEqualTo(2);
    assertThat(full.spans).containsExactly(new Span(0, 12), new Span(20, 25));
    assertThat(surname.spans).isEmpty();
  }

  @Test
  void shouldEndTheLeadAfterTheSecondSentence() {
    List<Sentence> three = tokenizer.split("One here. Two here. Three here.");
    assertThat(Salience.leadEnd(three)).isEqualTo(three.get(1).end());
    List<Sentence> one = tokenizer.split("Only one.");
    assertThat(Salience.leadEnd(one)).isEqualTo(one.get(0).end());
    assertThat(Salience.leadEnd(List.of())).isZero();
  }
}
