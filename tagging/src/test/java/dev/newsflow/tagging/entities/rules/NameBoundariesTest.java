package dev.newsflow.tagging.entities.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.EntityType;
import dev.newsflow.tagging.entities.Mention;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameBoundariesTest {

  private final NameBoundaries boundaries = new NameBoundaries();

  private static Mention at(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new Mention(start, start + surface.length(), type, surface, "model", 0.8);
  }

  private List<Mention> mend(String text, Mention... mentions) {
    return boundaries.mend(text, new NewsTokenizer().split(text), List.of(mentions));
  }

  @Test
  void shouldJoinTwoPersonMentionsWithOnlyASpaceBetween() {
    String text = "Marta Lindqvist Oyelaran met Dana Holt, Lio Brandt.";
    assertThat(mend(text, at(text, "Marta", EntityType.PERSON), at(text, "Lindqvist Oyelaran", EntityType.PERSON),
        at(text, "Dana Holt", EntityType.PERSON), at(text, "Lio Brandt", EntityType.PERSON)))
        .extracting(Mention::text, Mention::type).containsExactly(
            tuple("Marta Lindqvist Oyelaran", EntityType.PERSON), tuple("Dana Holt", EntityType.PERSON),
            tuple("Lio Brandt", EntityType.PERSON));
  }

  @Test
  void shouldKeepAGenerationalSuffixAndADesignatorsNumber() {
    String text = "Dana Holt Jr. flew from Harbour Terminal 3 to Arnvik 2 times.";
    assertThat(mend(text, at(text, "Dana Holt", EntityType.PERSON), at(text, "Harbour Terminal", EntityType.LOCATION),
        at(text, "Arnvik", EntityType.LOCATION)))
        .extracting(Mention::text).containsExactly("Dana Holt Jr.", "Harbour Terminal 3", "Arnvik");
  }

  @Test
  void shouldNotJoinAcrossPunctuationOrTypes() {
    String text = "Dana Holt, Lio Brandt and Harbor Mills Dana Holt.";
    assertThat(mend(text, at(text, "Dana Holt", EntityType.PERSON), at(text, "Lio Brandt", EntityType.PERSON),
        at(text, "Harbor Mills", EntityType.ORGANIZATION)))
        .extracting(Mention::text).containsExactly("Dana Holt", "Lio Brandt", "Harbor Mills");
  }

  @Test
  void shouldTakeInALeadingPlaceWordBeforeAPlace() {
    String text = "Floods hit Greater Harbourton and Upper Kelso, while Greater Mills Inc grew.";
    assertThat(mend(text, at(text, "Harbourton", EntityType.LOCATION), at(text, "Kelso", EntityType.LOCATION),
        at(text, "Mills Inc", EntityType.ORGANIZATION)))
        .extracting(Mention::text).containsExactly("Greater Harbourton", "Upper Kelso", "Mills Inc");
  }
}
