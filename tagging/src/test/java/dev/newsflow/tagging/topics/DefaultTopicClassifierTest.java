package dev.newsflow.tagging.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.entities.Entity;
import dev.newsflow.tagging.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic ranking on short articles written for the project. */
class DefaultTopicClassifierTest {

  private static final DefaultTopicClassifier CLASSIFIER = DefaultTopicClassifier.load();

  private static List<String> labels(List<TopicScore> topics) {
    return topics.stream().map(TopicScore::label).toList();
  }

  private static List<TopicScore> classify(String title, String text) {
    return CLASSIFIER.classify(TopicInput.ofText(title, text));
  }

  @Test
  void politicsStoryWithAWarAngleRanksPoliticsFirstAndConflictSecond() {
    List<TopicScore> topics = classify("Foreign ministers meet to revive peace talks",
        "The foreign ministers of both countries will meet in Vienna next week to revive talks on a peace plan, the "
            + "president's office said. The secretary of state and a special envoy will lead the delegation. The "
            + "government wants security guarantees before it signs any agreement, while the opposition in "
            + "parliament has demanded a vote on the terms. The war has continued during the negotiations: the army "
            + "reported drone strikes on two cities overnight. Diplomats said the summit was the best chance in "
            + "months, and the prime minister told lawmakers that elections could not be held until a ceasefire.");
    assertThat(labels(topics)).startsWith("politics", "conflict, war and peace");
    assertThat(topics.get(0).code()).isEqualTo("medtop:11000000");
    assertThat(topics.get(1).code()).isEqualTo("medtop:16000000");
  }

  @Test
  void sportBusinessTechnologyAndEntertainmentStories() {
    assertThat(labels(classify("Late penalty sends champions top",
        "A penalty in stoppage time gave the champions a 2-1 win over their rivals and took them top of the league. "
            + "The visiting goalkeeper was sent off for the foul, and the home manager praised his striker.")))
        .first().isEqualTo("sport");
    assertThat(labels(classify("Retailer's profits slide as shoppers cut spending",
        "The retailer reported a 12% fall in annual pre-tax profit and cut its dividend after shoppers reined in "
            + "spending. Its shares fell 6% in London, and analysts lowered their forecasts for the year.")))
        .first().isEqualTo("economy, business and finance");
    assertThat(labels(classify("New handset streams video over faster networks",
        "The phone maker unveiled a handset that can stream video over the latest mobile networks. The device has "
            + "a faster processor, a bigger screen and software that lets users download apps from an online store.")))
        .first().isEqualTo("science and technology");
    assertThat(labels(classify("Director's drama wins top prize at film festival",
        "The director's new drama won the top prize at the film festival, and its lead actress was named best "
            + "actress. The film opens in cinemas next month, and the studio hopes for Oscar nominations.")))
        .first().isEqualTo("arts, culture, entertainment and media");
  }

  @Test
  void scoresAreWithinZeroAndOneRankedBestFirst() {
    List<TopicScore> topics = classify("Minister resigns over fraud inquiry",
        "The minister resigned after police opened a fraud inquiry into his expenses. Detectives arrested two "
            + "aides, and the prime minister said the government would cooperate fully with prosecutors.");
    assertThat(topics).hasSizeBetween(2, TopicCut.MAX_TOPICS);
    for (int i = 0; i < topics.size(); i++) {
      TopicScore t = topics.get(i);
      assertThat(t.rank()).isEqualTo(i + 1);
      assertThat(t.score()).isBetween(0.0, 1.0);
      if (i > 0) {
        assertThat(t.score()).isLessThanOrEqualTo(topics.get(i - 1).score());
        assertThat(t.score()).isGreaterThanOrEqualTo(TopicCut.SECOND_RATIO * topics.get(0).score());
      }
    }
    assertThat(labels(topics)).contains("politics", "crime, law and justice");
  }

  @Test
  void noEvidenceGivesNoTopics() {
    assertThat(classify("", "")).isEmpty();
  }

  @Test
  void sectionAndUrlHintsDecideAnAmbiguousStory() {
    String title = "A big night ahead";
    String text = "Everyone is waiting to see what happens on Saturday night, and tickets sold out in an hour.";
    List<TopicScore> plain = CLASSIFIER.classify(TopicInput.ofText(title, text));
    List<TopicScore> sport = CLASSIFIER.classify(new TopicInput(title, text, "Sport", null, List.of()));
    List<TopicScore> arts = CLASSIFIER.classify(
        new TopicInput(title, text, null, "https://news.example.com/entertainment/music/a-big-night-ahead", List.of()));
    assertThat(labels(sport)).first().isEqualTo("sport");
    assertThat(labels(arts)).first().isEqualTo("arts, culture, entertainment and media");
    assertThat(labels(plain)).isNotEqualTo(labels(sport)).isNotEqualTo(labels(arts));
  }

  @Test
  void urlHintIgnoresTheHeadlineSlug() {
    assertThat(TopicHints.fromUrl("https://example.com/2024/05/sport-is-not-the-topic")).containsOnly(0.0);
    assertThat(TopicHints.fromUrl("https://example.com/business/markets/story-123")
        [IptcMediaTopics.ECONOMY.ordinal()]).isEqualTo(1.0);
  }

  @Test
  void entitiesHintTheirTopics() {
    String title = "Meeting continues";
    String text = "The meeting continued on Tuesday and is expected to last until the end of the week.";
    List<Entity> club = List.of(entity("Northfield United", EntityType.ORGANIZATION, 4),
        entity("Riverside FC", EntityType.ORGANIZATION, 3));
    List<Entity> company = List.of(entity("Acme Holdings plc", EntityType.ORGANIZATION, 5));
    List<Entity> party = List.of(entity("Progressive Party", EntityType.ORGANIZATION, 4),
        entity("Ministry of Finance", EntityType.ORGANIZATION, 2));
    assertThat(labels(CLASSIFIER.classify(new TopicInput(title, text, null, null, club)))).first().isEqualTo("sport");
    assertThat(labels(CLASSIFIER.classify(new TopicInput(title, text, null, null, company))))
        .first().isEqualTo("economy, business and finance");
    assertThat(labels(CLASSIFIER.classify(new TopicInput(title, text, null, null, party))))
        .first().isEqualTo("politics");
  }

  private static Entity entity(String name, EntityType type, int mentions) {
    return new Entity(name, type, null, mentions, 0.5, List.of());
  }
}
