package dev.newsflow.enrich.stories;

import static dev.newsflow.enrich.stories.StoryExamples.article;
import static dev.newsflow.enrich.stories.StoryExamples.at;
import static dev.newsflow.enrich.stories.StoryExamples.background;
import static dev.newsflow.enrich.stories.StoryExamples.bridgeFirst;
import static dev.newsflow.enrich.stories.StoryExamples.bridgeFollowUp;
import static dev.newsflow.enrich.stories.StoryExamples.bridgeOtherOutlet;
import static dev.newsflow.enrich.stories.StoryExamples.northportBudget;
import static dev.newsflow.enrich.stories.StoryExamples.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.Story;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

  private final StorySettings settings = StorySettings.defaults();
  private final StoryMatcher matcher = new StoryMatcher(settings);

  /** Background news and the first bridge report, assigned offline. */
  private OfflineStories streamWithBridgeStory() {
    OfflineStories stories = new OfflineStories(settings);
    background().forEach(stories::assign);
    stories.assign(bridgeFirst());
    return stories;
  }

  @Test
  void shouldJoinTheSameEventToldInOtherWords() {
    OfflineStories stories = streamWithBridgeStory();

    StoryDecision decision = matcher.decide(bridgeOtherOutlet(), stories.index());

    assertThat(decision).isEqualTo(new StoryDecision("s-bridge-1", false, List.of()));
  }

  @Test
  void shouldNotJoinAnotherEventAboutTheSameCityTheSameWeek() {
    OfflineStories stories = streamWithBridgeStory();
    stories.assign(bridgeOtherOutlet());

    StoryDecision decision = matcher.decide(northportBudget(), stories.index());

    assertThat(decision).isEqualTo(new StoryDecision("s-budget-1", true, List.of()));
  }

  @Test
  void shouldNotLetSharedEntitiesAloneCarryTheDecision() {
    OfflineStories stories = streamWithBridgeStory();
    StoryArticle sameEntitiesOtherText = article("other", "Courier", at(Duration.ofDays(1)),
        "Ferrin River festival draws record crowds",
        "Boat races and music on the water brought more visitors than ever to the annual festival.",
        place("Northport", 0.6), place("Ferrin River", 0.4));

    Story bridge = stories.index().story("s-bridge-1");
    StoryMatcher.Score score = matcher.score(sameEntitiesOtherText, bridge, stories.index());

    assertThat(score.entities()).isGreaterThan(0.9);
    assertThat(matcher.decide(sameEntitiesOtherText, stories.index()).created()).isTrue();
  }

  @Test
  void shouldJoinAFollowUpDaysLater() {
    OfflineStories stories = streamWithBridgeStory();
    stories.assign(bridgeOtherOutlet());

    StoryDecision decision = matcher.decide(bridgeFollowUp(Duration.ofDays(6)), stories.index());

    assertThat(decision.storyId()).isEqualTo("s-bridge-1");
    assertThat(decision.created()).isFalse();
  }

  @Test
  void shouldStartANewStoryPastTheHorizon() {
    OfflineStories stories = streamWithBridgeStory();
    stories.assign(bridgeOtherOutlet());

    StoryDecision decision = matcher.decide(
        bridgeFollowUp(settings.horizon().plus(Duration.ofDays(2))), stories.index());

    assertThat(decision.created()).isTrue();
  }

  @Test
  void shouldScoreLessTheFartherApartInTime() {
    OfflineStories stories = streamWithBridgeStory();
    Story bridge = stories.index().story("s-bridge-1");

    double soon = matcher.total(matcher.score(bridgeFollowUp(Duration.ofDays(1)), bridge, stories.index()));
    double later = matcher.total(matcher.score(bridgeFollowUp(Duration.ofDays(10)), bridge, stories.index()));

    assertThat(later).isLessThan(soon);
  }

  @Test
  void shouldIndexAStoryUnderKeysThatIncludeItsArticlesKeys() {
    StoryArticle article = bridgeFirst();

    List<String> articleKeys = matcher.keys(article);
    List<String> storyKeys = matcher.keys(Stories.of("s-x", article, 0));

    assertThat(articleKeys).isNotEmpty().contains("e:LOCATION:northport", "e:LOCATION:ferrin river");
    assertThat(storyKeys).containsAll(articleKeys);
  }

  @Test
  void shouldPreferLinkedIdsAsEntityKeys() {
    StoryArticle article = article("a", "o", 0, "Storm hits", "",
        StoryExamples.entity("Paris", dev.newsflow.schema.EntityType.LOCATION, "Q90", 0.9));

    assertThat(matcher.keys(article)).contains("e:Q90");
  }

  @Test
  void shouldJoinASyndicatedCopyToItsOriginalsStory() {
    OfflineStories stories = streamWithBridgeStory();
    StoryArticle copy = new StoryArticle("copy", "Unrelated words entirely", "Nothing here matches.",
        "Weekly", at(Duration.ofDays(1)), List.of(), List.of(), "bridge-1");

    assertThat(matcher.decide(copy, stories.index()))
        .isEqualTo(new StoryDecision("s-bridge-1", false, List.of()));
  }

  @Test
  void shouldKeepTheStoryOfAnArticleSeenBefore() {
    OfflineStories stories = streamWithBridgeStory();

    assertThat(matcher.decide(northportBudget(), stories.index()).created()).isTrue();
    stories.assign(northportBudget());
    assertThat(matcher.decide(northportBudget(), stories.index()))
        .isEqualTo(new StoryDecision("s-budget-1", false, List.of()));
  }

  @Test
  void shouldMergeTwoStoriesOfOneEventIntoTheEarlierDeterministically() {
    // Two instances started a story each for the same event (one report each, at the same moment).
    StoryArticle first = bridgeFirst();
    StoryArticle second = article("bridge-2", "Daily Courier", first.time(), bridgeOtherOutlet().title(),
        bridgeOtherOutlet().lead(), bridgeOtherOutlet().entities().toArray(dev.newsflow.schema.Entity[]::new));
    StoryArticle third = bridgeFollowUp(Duration.ofHours(5));

    for (boolean reversed : new boolean[] {false, true}) {
      InMemoryStoryIndex index = new InMemoryStoryIndex(settings.horizon());
      background().forEach(a -> index.terms().add(matcher.distinctTerms(a)));
      List<StoryArticle> order = reversed ? List.of(second, first) : List.of(first, second);
      for (StoryArticle a : order) {
        Story story = Stories.of(Stories.idFor(a), a, a.time());
        index.put(story, matcher.keys(story));
        index.assign(a.id(), story.getId());
        index.terms().add(matcher.distinctTerms(a));
      }

      StoryDecision decision = matcher.decide(third, index);

      // Same first article time: the smaller id survives, whatever the order the stories were made in.
      assertThat(decision).isEqualTo(new StoryDecision("s-bridge-1", false, List.of("s-bridge-2")));
    }
  }

  @Test
  void shouldMakeTheEarlierStoryTheSurvivor() {
    StoryArticle early = article("z-early", "A", at(Duration.ZERO), bridgeFirst().title(), bridgeFirst().lead(),
        bridgeFirst().entities().toArray(dev.newsflow.schema.Entity[]::new));
    StoryArticle late = article("a-late", "B", at(Duration.ofHours(1)), bridgeOtherOutlet().title(),
        bridgeOtherOutlet().lead(), bridgeOtherOutlet().entities().toArray(dev.newsflow.schema.Entity[]::new));
    InMemoryStoryIndex index = new InMemoryStoryIndex(settings.horizon());
    background().forEach(a -> index.terms().add(matcher.distinctTerms(a)));
    for (StoryArticle a : List.of(late, early)) {
      Story story = Stories.of(Stories.idFor(a), a, a.time());
      index.put(story, matcher.keys(story));
      index.terms().add(matcher.distinctTerms(a));
    }

    StoryDecision decision = matcher.decide(bridgeFollowUp(Duration.ofHours(3)), index);

    assertThat(decision).isEqualTo(new StoryDecision("s-z-early", false, List.of("s-a-late")));
  }

  @Test
  void shouldNotOfferMergedOrUnknownStoriesAsCandidates() {
    OfflineStories stories = streamWithBridgeStory();
    InMemoryStoryIndex index = (InMemoryStoryIndex) stories.index();
    Story bridge = index.story("s-bridge-1");
    index.put(Stories.mergedInto(bridge, "s-elsewhere", 0), matcher.keys(bridge));

    assertThat(matcher.decide(bridgeOtherOutlet(), index).created()).isTrue();
  }
}
