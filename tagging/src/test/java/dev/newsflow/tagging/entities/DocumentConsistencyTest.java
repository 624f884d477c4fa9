package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private final DocumentConsistency consistency = new DocumentConsistency(SmallKb.get());
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  /** The {@code nth} (from 0) occurrence of {@code surface} in {@code text} as a mention. */
  private static Mention at(String text, String surface, int nth, EntityType type, String source, double conf) {
    int start = -1;
    for (int k = 0; k <= nth; k++) {
      start = text.indexOf(surface, start + 1);
    }
    return new Mention(start, start + surface.length(), type, surface, source, conf);
  }

  private List<Mention> apply(List<Mention> title, String text, Mention... mentions) {
    return consistency.apply(title, text, tokenizer.split(text), List.of(mentions));
  }

  @Test
  void shouldGiveEveryFormTheConfidenceWeightedMajorityTypeTitleIncluded() {
    String text = "Leeds won. Leeds lost. Leeds drew.";
    Mention[] mentions = {at(text, "Leeds", 0, EntityType.ORGANIZATION, "model", 0.9),
        at(text, "Leeds", 1, EntityType.LOCATION, "model", 0.5),
        at(text, "Leeds", 2, EntityType.LOCATION, "model", 0.3)};
    assertThat(apply(List.of(), text, mentions)).extracting(Mention::type).containsOnly(EntityType.ORGANIZATION);
    Mention inTitle = new Mention(0, 5, EntityType.LOCATION, "Leeds", "model", 0.2);
    assertThat(apply(List.of(inTitle), text, mentions)).extracting(Mention::type).containsOnly(EntityType.LOCATION);
  }

  @Test
  void shouldTagOtherOccurrencesOfATaggedFormInOffsetOrder() {
    String text = "Later Harbor Mills shrank. Harbor Mills grew, and Harbor Mill did not.";
    assertThat(apply(List.of(), text, at(text, "Harbor Mills", 1, EntityType.ORGANIZATION, "model", 0.8)))
        .extracting(Mention::start, Mention::type, Mention::source, Mention::confidence)
        .containsExactly(tuple(text.indexOf("Harbor"), EntityType.ORGANIZATION, DocumentConsistency.SOURCE, 0.5),
            tuple(text.indexOf("Harbor Mills grew"), EntityType.ORGANIZATION, "model", 0.8));
  }

  @Test
  void shouldTagTheSurnameOfAPersonNamedInFull() {
    String text = "Governor Helena Marsh spoke. Then Marsh left, and so did Tom Ng. Ng waved.";
    assertThat(apply(List.of(), text, at(text, "Helena Marsh", 0, EntityType.PERSON, "rule", 0.85),
        at(text, "Tom Ng", 0, EntityType.PERSON, "rule", 0.85)))
        .extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Helena Marsh", EntityType.PERSON), tuple("Marsh", EntityType.PERSON),
            tuple("Tom Ng", EntityType.PERSON)); // "Ng" is too short to look for alone
  }

  @Test
  void shouldNotTagACommonWordOpeningASentence() {
    String text = "They beat Reading at home. Reading is a town they like.";
    assertThat(apply(List.of(), text, at(text, "Reading", 0, EntityType.ORGANIZATION, "rule", 0.7)))
        .extracting(Mention::start).containsExactly(text.indexOf("Reading"));
  }

  @Test
  void shouldMakeATownThePersonWithThatSurnameUnlessItIsACountry() {
    String text = "Brian Carson and Jo Canada scored. Carson and Canada were happy.";
    List<Mention> out = apply(List.of(), text,
        at(text, "Brian Carson", 0, EntityType.PERSON, "model", 0.8),
        at(text, "Jo Canada", 0, EntityType.PERSON, "model", 0.8),
        at(text, "Carson", 1, EntityType.LOCATION, GazetteerNameFinder.SOURCE, 0.5),
        at(text, "Canada", 1, EntityType.LOCATION, GazetteerNameFinder.SOURCE, 0.9));
    assertThat(out).filteredOn(m -> m.start() > text.indexOf('.'))
        .extracting(Mention::text, Mention::type, Mention::confidence)
        .containsExactly(tuple("Carson", EntityType.PERSON, 0.6), tuple("Canada", EntityType.LOCATION, 0.9));
  }

  @Test
  void shouldGiveAStormsBareNameTheStormsTypeEvenWhereOtherwiseTagged() {
    String text = "Hurricane Elda struck. Elda weakened, and later Elda was gone.";
    List<Mention> out = apply(List.of(), text,
        at(text, "Hurricane Elda", 0, EntityType.MISC, "rule", 0.75),
        at(text, "Elda", 1, EntityType.PERSON, "model", 0.9));
    assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Hurricane Elda", EntityType.MISC), tuple("Elda", EntityType.MISC), tuple("Elda", EntityType.MISC));
  }

  @Test
  void shouldLetTheDocumentsEvidenceOutvoteTheFindersGuess() {
    String text = "Tellwave said in a statement it would cut jobs. Tellwave employs 300 people.";
    assertThat(apply(List.of(), text,
        at(text, "Tellwave", 0, EntityType.PERSON, "model", 0.9),
        at(text, "Tellwave", 1, EntityType.PERSON, "model", 0.5)))
        .extracting(Mention::type).containsOnly(EntityType.ORGANIZATION);
  }

  @Test
  void shouldTypeAndTagAnAcronymAsItsSpelledOutForm() {
    String text = "The Office of Tidal Works (OTW) met. Later OTW said no.";
    assertThat(apply(List.of(), text,
        at(text, "Office of Tidal Works", 0, EntityType.ORGANIZATION, "rule", 0.75),
        at(text, "OTW", 1, EntityType.PERSON, "model", 0.9)))
        .extracting(Mention::text, Mention::type).containsExactly(
            tuple("Office of Tidal Works", EntityType.ORGANIZATION), tuple("OTW", EntityType.ORGANIZATION),
            tuple("OTW", EntityType.ORGANIZATION));
  }
}
