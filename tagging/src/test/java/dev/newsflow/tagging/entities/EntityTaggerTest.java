package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.model.StatisticalNameFinder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies of the tagger around its finders, with a finder that plays the statistical model's part. */
class EntityTaggerTest {

  /** Proposes, with the model's source, every occurrence of the given surfaces as the given type. */
  private static NameFinder modelSaying(EntityType type, String... surfaces) {
    return (text, sentences) -> {
      List<Mention> found = new ArrayList<>();
      for (String surface : surfaces) {
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
          found.add(new Mention(at, at + surface.length(), type, surface, StatisticalNameFinder.SOURCE, 0.9));
        }
      }
      return found;
    };
  }

  @Test
  void shouldDropATitleOnlyModelMentionFromATitleCaseHeadline() {
    EntityTagger tagger = EntityTagger.withFinders(List.of(
        modelSaying(EntityType.ORGANIZATION, "Volunteers Pull Two Tonnes")));

    List<Entity> entities = tagger.entities("Volunteers Pull Two Tonnes of Plastic From the River",
        "More than 300 volunteers spent Saturday hauling rubbish out of the river.");

    assertThat(entities).extracting(Entity::name).doesNotContain("Volunteers Pull Two Tonnes");
  }

  @Test
  void shouldKeepATitleModelMentionTheTextConfirms() {
    EntityTagger tagger = EntityTagger.withFinders(List.of(modelSaying(EntityType.PERSON, "Priya Natarajan")));

    List<Entity> entities = tagger.entities("Priya Natarajan Leads Clean-Up",
        "The clean-up was led by Priya Natarajan, who said the river was cleaner than last year.");

    assertThat(entities).filteredOn(e -> e.name().equals("Priya Natarajan")).singleElement()
        .satisfies(e -> assertThat(e.spans()).hasSize(1));
  }

  @Test
  void shouldTrimACommonWordThatOpensTheSentenceFromAPersonName() {
    EntityTagger tagger = EntityTagger.withFinders(List.of(modelSaying(EntityType.PERSON, "Spokesman Jan Novak")));

    TaggedText tagged = tagger.tag(null, "The plan was approved. Spokesman Jan Novak said talks would go on.");

    assertThat(tagged.mentions()).extracting(Mention::text).contains("Jan Novak").doesNotContain(
        "Spokesman Jan Novak");
  }

  @Test
  void shouldLinkInternationalBodiesAndAgenciesToTheirIds() {
    EntityTagger tagger = EntityTagger.withFinders(List.of());

    List<Entity> entities = tagger.entities(null, "Officials from the World Bank, the European Commission and "
        + "the CDC met in a small town on Tuesday to discuss a loan.");

    assertThat(entities).extracting(Entity::name, Entity::kbId).contains(
        tuple("World Bank", "Q7164"),
        tuple("European Commission", "Q8880"),
        tuple("Centers for Disease Control and Prevention", "Q583725"));
  }

  @Test
  void shouldTypeNamesWithAnOrganisationHeadAsOrganisationsWhateverTheModelSays() {
    EntityTagger tagger = EntityTagger.withFinders(List.of(
        modelSaying(EntityType.PERSON, "Ashgrove Homes", "Ashgrove", "Bellmoor Newswire", "Harbour")));

    List<Entity> entities = tagger.entities(null, "The housing association that owns the block, Ashgrove Homes, "
        + "said new doors had been fitted. Ashgrove said every household would be paid. Eleven economists polled "
        + "by Bellmoor Newswire expected it. Boats filled the Harbour at dawn.");

    assertThat(entities).extracting(Entity::name, Entity::type).contains(
        tuple("Ashgrove Homes", EntityType.ORGANIZATION),
        tuple("Bellmoor Newswire", EntityType.ORGANIZATION));
    assertThat(entities).filteredOn(e -> e.name().equals("Ashgrove")).extracting(Entity::type)
        .containsOnly(EntityType.ORGANIZATION);
    assertThat(entities).extracting(Entity::name).doesNotContain("Harbour");
  }

  @Test
  void shouldTrimARoleThatOpensTheSentenceFromASpeakersName() {
    EntityTagger tagger = EntityTagger.withFinders(List.of());

    TaggedText tagged = tagger.tag(null, "The event was run by a local trust. Organiser Tamsin Oyelowo said the "
        + "amount of waste had fallen.");

    assertThat(tagged.mentions()).extracting(Mention::text).contains("Tamsin Oyelowo")
        .doesNotContain("Organiser Tamsin Oyelowo");
  }
}
