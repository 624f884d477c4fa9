package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.rules.RuleNameFinder;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

  private final MentionMerger merger = new MentionMerger(SmallKb.get());
  private final NewsTokenizer tokenizer = new NewsTokenizer();

  private static Mention at(String text, String surface, EntityType type, String source, double confidence) {
    int start = text.indexOf(surface);
    return new Mention(start, start + surface.length(), type, surface, source, confidence);
  }

  private List<Mention> merge(String text, Mention... mentions) {
    return merger.merge(text, tokenizer.split(text), List.of(mentions));
  }

  @Test
  void shouldLetConfidentRuleSpansDecideBoundaries() {
    String text = "Secretary of State Marco Rubio arrived.";
    List<Mention> merged = merge(text,
        at(text, "State Marco Rubio", EntityType.PERSON, "model", 0.9),
        at(text, "Marco Rubio", EntityType.PERSON, RuleNameFinder.SOURCE, 0.85));
    assertThat(merged).extracting(Mention::text, Mention::source)
        .containsExactly(tuple("Marco Rubio", RuleNameFinder.SOURCE));
  }

  @Test
  void shouldPreferTheLongerSpanOtherwise() {
    String text = "He wrote for the New York Times.";
    List<Mention> merged = merge(text,
        at(text, "New York", EntityType.LOCATION, GazetteerNameFinder.SOURCE, 0.9),
        at(text, "New York Times", EntityType.ORGANIZATION, "model", 0.7));
    assertThat(merged).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("New York Times", EntityType.ORGANIZATION));
  }

  @Test
  void shouldLetASureKnowledgeBaseTypeOverruleAnUnsureModel() {
    String text = "Talks were held in Geneva and Leeds.";
    List<Mention> merged = merge(text,
        at(text, "Geneva", EntityType.PERSON, "model", 0.4),
        at(text, "Geneva", EntityType.LOCATION, GazetteerNameFinder.SOURCE, 0.9),
        at(text, "Leeds", EntityType.ORGANIZATION, "model", 0.9));
    assertThat(merged).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Geneva", EntityType.LOCATION), tuple("Leeds", EntityType.ORGANIZATION));
  }

  @Test
  void shouldDropSentenceStartWordsPronounsAndDates() {
    String text = "Details emerged on Monday. According to him, However Smith left. They met Ukraine's envoy.";
    List<Mention> candidates = new ArrayList<>();
    for (String junk : new String[] {"Details", "Monday", "According", "They"}) {
      candidates.add(at(text, junk, EntityType.PERSON, "model", 0.8));
    }
    candidates.add(at(text, "Ukraine's", EntityType.LOCATION, "model", 0.8));
    List<Mention> merged = merger.merge(text, tokenizer.split(text), candidates);
    assertThat(merged).extracting(Mention::text).containsExactly("Ukraine");
  }

  @Test
  void shouldTrimALeadingArticleUnlessItIsPartOfTheName() {
    String text = "The Acme Group and The New York Times agreed.";
    List<Mention> merged = merge(text,
        at(text, "The Acme Group", EntityType.ORGANIZATION, "model", 0.8),
        at(text, "The New York Times", EntityType.ORGANIZATION, "model", 0.8));
    assertThat(merged).extracting(Mention::text).containsExactly("Acme Group", "The New York Times");
  }

  @Test
  void shouldTrimATitleOrRoleBeforeAPersonsNameWhereverItStands() {
    String text = "Organiser Tamsin Oyelowo said the fair would return. Later Chief Executive Ravi Castellan and "
        + "Lieutenant-General Ona Petric arrived, as did Mr. Dunmore.";
    List<Mention> merged = merge(text,
        at(text, "Organiser Tamsin Oyelowo", EntityType.PERSON, RuleNameFinder.SOURCE, 0.55),
        at(text, "Chief Executive Ravi Castellan", EntityType.PERSON, "model", 0.4),
        at(text, "Lieutenant-General Ona Petric", EntityType.PERSON, "model", 0.4),
        at(text, "Mr. Dunmore", EntityType.PERSON, "model", 0.4));
    assertThat(merged).extracting(Mention::text)
        .containsExactly("Tamsin Oyelowo", "Ravi Castellan", "Ona Petric", "Mr. Dunmore");
  }

  @Test
  void shouldNotTrimTheLeadingWordOfANonPerson() {
    String text = "Shares of Chief Outfitters rose.";
    List<Mention> merged = merge(text, at(text, "Chief Outfitters", EntityType.ORGANIZATION, "model", 0.4));
    assertThat(merged).extracting(Mention::text).containsExactly("Chief Outfitters");
  }

  @Test
  void shouldNotTakeALoneNameHeadWordForAPerson() {
    String text = "Boats filled the Harbour at dawn, and the Association met near the River.";
    List<Mention> merged = merge(text,
        at(text, "Harbour", EntityType.PERSON, "model", 0.4),
        at(text, "Association", EntityType.PERSON, "model", 0.4),
        at(text, "River", EntityType.PERSON, "model", 0.4));
    assertThat(merged).isEmpty();
  }

  @Test
  void shouldKeepALoneNameHeadWordThatIsTheSurnameOfAPersonInTheDocument() {
    String text = "Tennis great Verna Court spoke. Court said she was proud of the Harbour.";
    List<Mention> merged = merge(text,
        at(text, "Verna Court", EntityType.PERSON, "model", 0.8),
        new Mention(text.indexOf("Court said"), text.indexOf("Court said") + 5, EntityType.PERSON, "Court", "model",
            0.4),
        at(text, "Harbour", EntityType.PERSON, "model", 0.4));
    assertThat(merged).extracting(Mention::text).containsExactly("Verna Court", "Court");
  }

  @Test
  void shouldKeepScoresOutOfNamesAndANationalityOutOfAPersonsName() {
    // "Martin" is a given name in the test knowledge base, "Ukrainian" a nationality
    String text = "Second seed Anna Berg beat Ukrainian Martin Lund 6-4 3-6 6-2 on Friday.";
    List<Mention> merged = merge(text,
        at(text, "Anna Berg", EntityType.PERSON, "model", 0.9),
        at(text, "Ukrainian Martin Lund 6-4 3-6 6-2", EntityType.MISC, "model", 0.5));
    assertThat(merged).extracting(Mention::text, Mention::type)
        .containsExactly(tuple("Anna Berg", EntityType.PERSON), tuple("Martin Lund", EntityType.PERSON));
  }

  @Test
  void shouldEndAPersonsNameAtALowerCaseWordThatIsNoParticle() {
    String text = "Winner Luc Moreau of Team Orbis and Jan van Dijk rode on.";
    List<Mention> merged = merge(text,
        at(text, "Luc Moreau of Team Orbis", EntityType.PERSON, "model", 0.5),
        at(text, "Jan van Dijk", EntityType.PERSON, "model", 0.5));
    assertThat(merged).extracting(Mention::text).containsExactly("Luc Moreau", "Jan van Dijk");
  }

  @Test
  void shouldDropAKindOfOrganisationOrACommonWordOpeningASentence() {
    // "peace" is a word mostly written in lower case in the test knowledge base
    String text = "Carmaker Kelvar Motors cut jobs.\nPeace campaigner Arnvale said talks failed.\nNational Harbour "
        + "Board met.";
    List<Mention> merged = merge(text,
        at(text, "Carmaker Kelvar Motors", EntityType.ORGANIZATION, "model", 0.5),
        at(text, "Peace campaigner Arnvale", EntityType.PERSON, "model", 0.5),
        at(text, "National Harbour Board", EntityType.ORGANIZATION, "model", 0.5));
    assertThat(merged).extracting(Mention::text)
        .containsExactly("Kelvar Motors", "Arnvale", "National Harbour Board");
    // the opening word need not be a listed common word: a lower-case word after it ends any name
    String other = "Tin miner Arnvale said output rose.";
    assertThat(merge(other, at(other, "Tin miner Arnvale", EntityType.PERSON, "model", 0.5)))
        .extracting(Mention::text).containsExactly("Arnvale");
  }

  @Test
  void shouldDropASentenceOpeningWordTheDocumentWritesInLowerCase() {
    String text = "Output reached 9,000 tonnes of copper.\nCopper prices rose.\nTellmar said prices rose.";
    List<Mention> merged = merge(text,
        at(text, "Copper", EntityType.PERSON, "model", 0.5),
        at(text, "Tellmar", EntityType.ORGANIZATION, "model", 0.5));
    assertThat(merged).extracting(Mention::text).containsExactly("Tellmar");
  }

  @Test
  void shouldStopANameInAHeadlineAtACommonWord() {
    // "leaders", "meet", "peace" and "talks" are words mostly written in lower case in the test knowledge base
    String text = "ARNVIK LEADERS MEET FOR PEACE TALKS\nLeaders of Arnvik met on Sunday.";
    List<Mention> merged = merge(text,
        at(text, "ARNVIK LEADERS MEET", EntityType.PERSON, "model", 0.5));
    assertThat(merged).extracting(Mention::text).containsExactly("ARNVIK");
  }

  @Test
  void shouldTellANationalityBeforeAPersonFromANamedEvent() {
    String text = "Ukrainian Olha Dovzhenko won ahead of the Ukrainian Grand Prix winner.";
    List<Mention> merged = merge(text,
        at(text, "Ukrainian Olha Dovzhenko", EntityType.MISC, "model", 0.5),
        at(text, "Ukrainian Grand Prix", EntityType.MISC, "model", 0.5));
    assertThat(merged).extracting(Mention::text, Mention::type).containsExactly(
        tuple("Olha Dovzhenko", EntityType.PERSON), tuple("Ukrainian Grand Prix", EntityType.MISC));
  }
}
