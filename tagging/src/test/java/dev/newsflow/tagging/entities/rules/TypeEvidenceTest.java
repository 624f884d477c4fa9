package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.entities.SmallKb;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeEvidenceTest {

  private final TypeEvidence evidence = new TypeEvidence(SmallKb.get());
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  /** Every occurrence of each surface as a model mention of {@code type}. */
  private static List<Mention> mentions(String text, EntityType type, String... surfaces) {
    List<Mention> out = new ArrayList<>();
    for (String surface : surfaces) {
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        out.add(new Mention(at, at + surface.length(), type, surface, "model", 0.9));
      }
    }
    return out;
  }

  private Map<String, Map<EntityType, Double>> votes(String text, EntityType type, String... surfaces) {
    List<Sentence> sentences = tokenizer.split(text);
    return evidence.votes(text, sentences, mentions(text, type, surfaces));
  }

  @Test
  void shouldVoteOrganisationForAStatementOrSharesAfterTheName() {
    assertThat(votes("Harbor Mills said in a statement it would close. Tellwave shares fell. Orlan's chief "
        + "executive quit. Workers at Selvane struck.", EntityType.PERSON, "Harbor Mills", "Tellwave", "Orlan",
        "Selvane"))
        .containsEntry("Selvane", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .containsEntry("Harbor Mills", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .containsEntry("Tellwave", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .containsEntry("Orlan", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE));
  }

  @Test
  void shouldVotePersonForWhoAndAnAgeAndPlaceForNearOrTheTownOf() {
    assertThat(votes("Dana Holt, who won, met Lio Brandt, 34, near Kelso and in the town of Arnvik.",
        EntityType.ORGANIZATION, "Dana Holt", "Lio Brandt", "Kelso", "Arnvik"))
        .containsEntry("Dana Holt", Map.of(EntityType.PERSON, TypeEvidence.CUE))
        .containsEntry("Lio Brandt", Map.of(EntityType.PERSON, TypeEvidence.CUE))
        .containsEntry("Kelso", Map.of(EntityType.LOCATION, TypeEvidence.CUE))
        .containsEntry("Arnvik", Map.of(EntityType.LOCATION, TypeEvidence.CUE));
  }

  @Test
  void shouldVoteOrganisationForANameSeenWithItsLegalForm() {
    assertThat(votes("Harbor Mills Inc grew. Harbor Mills hired.", EntityType.ORGANIZATION, "Harbor Mills Inc"))
        .containsEntry("Harbor Mills", Map.of(EntityType.ORGANIZATION, TypeEvidence.LEGAL_FORM));
  }

  @Test
  void shouldLeaveNamesTheKnowledgeBaseKnowsAndNamesWithoutCues() {
    assertThat(votes("France, who batted first, won. Dana Holt spoke.", EntityType.LOCATION, "France", "Dana Holt"))
        .isEmpty();
  }

  @Test
  void shouldTakeAnAcronymSpelledOutInBracketsAsItsLongForm() {
    String text = "The Federal Housing Agency (FHA) and the Office of Tidal Works (OTW) met; the FHA agreed. "
        + "Dana Holt (DX) came.";
    List<Mention> found = mentions(text, EntityType.ORGANIZATION, "Federal Housing Agency", "Office of Tidal Works");
    found.addAll(mentions(text, EntityType.PERSON, "Dana Holt"));
    assertThat(evidence.acronyms(text, found))
        .containsOnly(entry("FHA", EntityType.ORGANIZATION), entry("OTW", EntityType.ORGANIZATION));
  }

  @Test
  void shouldMatchAcronymsByTheInitialsOfCapitalisedWords() {
    assertThat(TypeEvidence.isAcronymOf("UNHRC", "United Nations Human Rights Council")).isTrue();
    assertThat(TypeEvidence.isAcronymOf("OTW", "Office of Tidal Works")).isTrue();
    assertThat(TypeEvidence.isAcronymOf("FHA", "Federal Agency")).isFalse();
    assertThat(TypeEvidence.isAcronymOf("fha", "Federal Housing Agency")).isFalse();
  }

  @Test
  void shouldVoteByTheHeadNounOfAnApposition() {
    assertThat(votes("Kelmar, a Harbor-based maker of pumps, sold Arnvik, a fishing town, to Dana Holt, a retired "
        + "teacher. Orlan, the country's biggest carrier, and Tellwave, the company's founder, spoke.",
        EntityType.MISC, "Kelmar", "Arnvik", "Dana Holt", "Orlan", "Tellwave"))
        .containsEntry("Kelmar", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .containsEntry("Arnvik", Map.of(EntityType.LOCATION, TypeEvidence.CUE))
        .containsEntry("Dana Holt", Map.of(EntityType.PERSON, TypeEvidence.CUE))
        .containsEntry("Orlan", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .containsEntry("Tellwave", Map.of(EntityType.PERSON, TypeEvidence.CUE));
  }

  @Test
  void shouldVoteOrganisationAfterALowerCaseKindOfOrganisation() {
    assertThat(votes("The carmaker Kelmar cut jobs. Chocolate makers Tellwave and Orlan raised prices. Tour "
        + "Manager Dana Holt spoke.", EntityType.PERSON, "Kelmar", "Tellwave", "Dana Holt"))
        .containsEntry("Kelmar", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .containsEntry("Tellwave", Map.of(EntityType.ORGANIZATION, TypeEvidence.CUE))
        .doesNotContainKey("Dana Holt");
  }
}
