package dev.newsflow.enrich.stories;

import static dev.newsflow.enrich.stories.StoryExamples.article;
import static dev.newsflow.enrich.stories.StoryExamples.at;
import static dev.newsflow.enrich.stories.StoryExamples.bridgeFirst;
import static dev.newsflow.enrich.stories.StoryExamples.bridgeFollowUp;
import static dev.newsflow.enrich.stories.StoryExamples.bridgeOtherOutlet;
import static dev.newsflow.enrich.stories.StoryExamples.org;
import static dev.newsflow.enrich.stories.StoryExamples.place;
import static dev.newsflow.enrich.stories.StoryExamples.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.StoryEntity;
import dev.newsflow.schema.StoryTerm;
import dev.newsflow.schema.StoryTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoriesTest {

  @Test
  void shouldMakeAOneArticleStory() {
    StoryArticle article = new StoryArticle("a1", "Bridge collapses in Northport", "Twelve people were hurt.",
        "Northport Herald", at(Duration.ZERO), List.of(place("Northport", 0.6)),
        List.of(topic("medtop:03000000", "disaster", 1)), null);

    Story story = Stories.of(Stories.idFor(article), article, 42);

    assertThat(story.getId()).isEqualTo("s-a1");
    assertThat(story.getHeadline()).isEqualTo("Bridge collapses in Northport");
    assertThat(story.getArticleCount()).isEqualTo(1);
    assertThat(story.getOutlets()).containsExactly("Northport Herald");
    assertThat(story.getEntities()).containsExactly(new StoryEntity("Northport", "LOCATION", null, 1));
    assertThat(story.getTopics()).containsExactly(new StoryTopic("medtop:03000000", "disaster", 1));
    assertThat(story.getLatestArticleIds()).containsExactly("a1");
    assertThat(story.getTerms()).extracting(StoryTerm::getTerm).contains("bridge", "collapse", "northport", "hurt");
    assertThat(story.getUpdatedAt()).isEqualTo(Instant.ofEpochMilli(42));
    assertThat(story.getMergedInto()).isNull();
  }

  @Test
  void shouldAddCountsAndWidenTimesWhenAbsorbing() {
    Story first = Stories.of("s-bridge-1", bridgeFirst(), 1);
    Story second = Stories.of("s-bridge-1", bridgeOtherOutlet(), 2);

    Story story = Stories.absorb(first, second, 3);

    assertThat(story.getId()).isEqualTo("s-bridge-1");
    assertThat(story.getArticleCount()).isEqualTo(2);
    assertThat(story.getOutletCount()).isEqualTo(2);
    assertThat(story.getOutlets()).containsExactly("Northport Herald", "Daily Courier");
    assertThat(story.getFirstArticleAt().toEpochMilli()).isEqualTo(bridgeFirst().time());
    assertThat(story.getLastArticleAt().toEpochMilli()).isEqualTo(bridgeOtherOutlet().time());
    assertThat(story.getLatestArticleIds()).containsExactly("bridge-2", "bridge-1");
    assertThat(story.getEntities()).extracting(StoryEntity::getName, StoryEntity::getArticles)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ferrin River", 2),
            org.assertj.core.groups.Tuple.tuple("Northport", 2));
    assertThat(story.getUpdatedAt()).isEqualTo(Instant.ofEpochMilli(3));
  }

  @Test
  void shouldFoldTheSameWayWhateverTheOrder() {
    Story base = Stories.of("s-bridge-1", bridgeFirst(), 0);
    Story b = Stories.of("s-bridge-1", bridgeOtherOutlet(), 0);
    Story c = Stories.of("s-bridge-1", bridgeFollowUp(Duration.ofDays(2)), 0);

    Story bc = Stories.absorb(Stories.absorb(base, b, 9), c, 9);
    Story cb = Stories.absorb(Stories.absorb(base, c, 9), b, 9);

    assertThat(cb.getArticleCount()).isEqualTo(bc.getArticleCount()).isEqualTo(3);
    assertThat(cb.getFirstArticleAt()).isEqualTo(bc.getFirstArticleAt());
    assertThat(cb.getLastArticleAt()).isEqualTo(bc.getLastArticleAt());
    assertThat(cb.getEntities()).isEqualTo(bc.getEntities());
    assertThat(cb.getTopics()).isEqualTo(bc.getTopics());
    assertThat(cb.getOutlets()).containsExactlyInAnyOrderElementsOf(bc.getOutlets());
    assertThat(cb.getHeadline()).isEqualTo(bc.getHeadline());
    assertThat(cb.getTerms()).extracting(StoryTerm::getTerm)
        .containsExactlyElementsOf(bc.getTerms().stream().map(StoryTerm::getTerm).toList());
    for (int i = 0; i < bc.getTerms().size(); i++) {
      assertThat(cb.getTerms().get(i).getWeight()).isCloseTo(bc.getTerms().get(i).getWeight(),
          org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void shouldKeepTheListsWithinTheirBounds() {
    Story story = null;
    for (int i = 0; i < 60; i++) {
      List<Entity> entities = new ArrayList<>();
      for (int e = 0; e < 12; e++) {
        entities.add(org("Company " + (i + e), 0.5));
      }
      StoryArticle article = new StoryArticle("a" + i, "Merger talks, number" + i,
          "lead" + i + " text of article " + "term" + i + " other" + i, "outlet" + i, at(Duration.ofMinutes(i)),
          entities, List.of(topic("t" + (i % 5), "topic", 1)), null);
      Story part = Stories.of("s-a0", article, i);
      story = story == null ? part : Stories.absorb(story, part, i);
    }

    assertThat(story.getArticleCount()).isEqualTo(60);
    assertThat(story.getOutlets()).hasSize(Stories.MAX_OUTLETS);
    assertThat(story.getOutletCount()).isEqualTo(60);
    assertThat(story.getEntities()).hasSize(Stories.MAX_ENTITIES);
    assertThat(story.getEntities().get(0).getArticles()).isEqualTo(12);
    assertThat(story.getTopics()).hasSize(Stories.MAX_TOPICS);
    assertThat(story.getLatestArticleIds()).hasSize(Stories.MAX_LATEST_ARTICLES).startsWith("a59", "a58");
    assertThat(story.getTerms()).hasSizeLessThanOrEqualTo(Stories.MAX_TERMS);
    assertThat(story.getTerms()).extracting(StoryTerm::getTerm).contains("merger", "talk");
  }

  @Test
  void shouldNotCountARedeliveredContributionTwice() {
    Story story = Stories.absorb(Stories.of("s-bridge-1", bridgeFirst(), 1),
        Stories.of("s-bridge-1", bridgeOtherOutlet(), 2), 3);

    Story again = Stories.absorb(story, Stories.of("s-bridge-1", bridgeOtherOutlet(), 4), 5);

    assertThat(again.getArticleCount()).isEqualTo(2);
    assertThat(again.getEntities()).isEqualTo(story.getEntities());
  }

  @Test
  void shouldFoldAWholeMergedStoryAndKeepTheSurvivorsId() {
    Story survivor = Stories.of("s-bridge-1", bridgeFirst(), 1);
    Story loser = Stories.absorb(Stories.of("s-bridge-2", bridgeOtherOutlet(), 1),
        Stories.of("s-bridge-2", bridgeFollowUp(Duration.ofDays(1)), 2), 2);

    Story merged = Stories.absorb(survivor, loser, 7);

    assertThat(merged.getId()).isEqualTo("s-bridge-1");
    assertThat(merged.getArticleCount()).isEqualTo(3);
    assertThat(merged.getLatestArticleIds()).containsExactly("bridge-3", "bridge-2", "bridge-1");
    assertThat(merged.getMergedInto()).isNull();
  }

  @Test
  void shouldNameTheSurvivorInTheMergedStory() {
    Story loser = Stories.of("s-b", article("b", "o", 5, "Title", "lead"), 5);

    Story marked = Stories.mergedInto(loser, "s-a", 9);

    assertThat(marked.getMergedInto()).isEqualTo("s-a");
    assertThat(marked.getId()).isEqualTo("s-b");
    assertThat(marked.getArticleCount()).isEqualTo(1);
    assertThat(marked.getUpdatedAt()).isEqualTo(Instant.ofEpochMilli(9));
  }

  @Test
  void shouldKeepTheFirstReportsHeadline() {
    Story late = Stories.of("s-x", bridgeOtherOutlet(), 0);
    Story early = Stories.of("s-y", bridgeFirst(), 0);

    assertThat(Stories.absorb(late, early, 0).getHeadline()).isEqualTo(bridgeFirst().title());
    assertThat(Stories.absorb(early, late, 0).getHeadline()).isEqualTo(bridgeFirst().title());
  }
}
