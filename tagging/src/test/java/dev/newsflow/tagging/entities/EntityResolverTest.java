package dev.newsflow.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.tagging.entities.kb.KnowledgeBase;
import dev.newsflow.tagging.entities.rules.RuleNameFinder;
import dev.newsflow.tagging.nlp.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver through the tagger, on the small test knowledge base (rule and gazetteer finders only). */
class EntityResolverTest {

  private final KnowledgeBase kb = SmallKb.get();
  private final EntityTagger tagger = new EntityTagger(new NewsTokenizer(),
      List.of(new RuleNameFinder(kb), new GazetteerNameFinder(kb)), new MentionMerger(kb), new EntityResolver(kb));

  private static Entity named(TaggedText tagged, String name) {
    return tagged.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void shouldConsolidateSurnameAndHonorificFormsIntoTheFullName() {
    TaggedText tagged = tagger.tag(null, "President Vladimir Putin spoke on Friday. Putin said the talks "
        + "would go on, and Mr. Putin left.");
    Entity putin = named(tagged, "Vladimir Putin");
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.kbId()).isEqualTo("test:putin");
    assertThat(putin.spans()).hasSize(3);
    assertThat(tagged.entities()).hasSize(1);
  }

  @Test
  void shouldConsolidateUnknownPeopleByDocumentEvidence() {
    String text = "Central bank governor Helena Marsh raised rates. Marsh said inflation was too high, and "
        + "Ms. Marsh repeated it.";
    TaggedText tagged = tagger.tag(null, text);
    Entity marsh = named(tagged, "Helena Marsh");
    assertThat(marsh.kbId()).isNull();
    assertThat(marsh.spans()).extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Helena Marsh", "Marsh", "Marsh");
  }

  @Test
  void shouldMakeOneEntityOfAliasesOfOneEntry() {
    TaggedText tagged = tagger.tag(null, "The United States and the U.S. Congress: America decides.");
    Entity us = named(tagged, "United States");
    assertThat(us.mentions()).isEqualTo(3);
    assertThat(us.kbId()).isEqualTo("test:us");
  }

  @Test
  void shouldLinkToTheCandidateThatFitsTheDocument() {
    // Two Springfields of about the same size: the one in the country the text is about wins.
    TaggedText inFrance = tagger.tag(null, "French officials visited Springfield last week.");
    TaggedText inUs = tagger.tag(null, "Officials from the United States visited Springfield last week.");
    assertThat(named(inFrance, "Springfield").kbId()).isEqualTo("test:springfield-fr");
    assertThat(named(inUs, "Springfield").kbId()).isEqualTo("test:springfield-us");
    // Otherwise the largest: London, England over London, Ontario.
    assertThat(named(tagger.tag(null, "She flew to London."), "London").kbId()).isEqualTo("test:london-gb");
    // Nationalities link to their country's entry.
    assertThat(named(inFrance, "French").kbId()).isEqualTo("test:fr");
  }

  @Test
  void shouldTagEveryOccurrenceOfATaggedNameWithTheMajorityType() {
    String text = "Secretary of State Marco Rubio met Ivan Petrov, a spokesman for the ministry. Petrov "
        + "listened. Later Petrov left.";
    TaggedText tagged = tagger.tag(null, text);
    assertThat(named(tagged, "Ivan Petrov").spans()).hasSize(3);
    assertThat(tagged.mentions()).extracting(Mention::text, Mention::type)
        .contains(tuple("Petrov", EntityType.PERSON));
  }

  @Test
  void shouldRankByTitleAndLeadAndKeepSalienceInRange() {
    String text = "Officials in Kyiv spoke.\nThe talks went on.\nLater, Geneva hosted a meeting. Geneva was calm."
        + "\nNATO was mentioned at the end.";
    TaggedText tagged = tagger.tag("NATO talks in Geneva", text);
    List<String> order = tagged.entities().stream().map(Entity::name).toList();
    assertThat(order.get(0)).isEqualTo("Geneva");
    // NATO: one mention, late in the text, but in the title: ahead of Kyiv's single lead mention.
    assertThat(order.indexOf("North Atlantic Treaty Organization")).isLessThan(order.indexOf("Kyiv"));
    assertThat(tagged.entities()).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
    assertThat(tagged.entities().get(0).salience()).isEqualTo(1.0);
  }

  @Test
  void shouldGiveEveryMentionItsEntity() {
    String text = "Putin met Marco Rubio in Geneva.";
    TaggedText tagged = tagger.tag(null, text);
    for (int i = 0; i < tagged.mentions().size(); i++) {
      Mention m = tagged.mentions().get(i);
      assertThat(tagged.entityOf(i).spans()).anySatisfy(s -> {
        assertThat(s.start()).isEqualTo(m.start());
        assertThat(s.end()).isEqualTo(m.end());
      });
    }
  }
}
