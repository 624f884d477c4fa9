package dev.newsflow.enrich.topology.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.enrich.topology.EnrichTopologyHarness;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stories stage in the test driver, with the production cleaning and tagging. Two drivers stand for two
 * instances that own different partitions of news.raw: what one publishes on news.stories reaches the other only
 * through its global store, as on a cluster.
 */
class StoriesTopologyTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  private static final String QUAKE_WIRE = Texts.QUAKE_WIRE;
  private static final String QUAKE_DAILY = Texts.QUAKE_DAILY;
  private static final String QUAKE_LATER = Texts.QUAKE_LATER;
  private static final String CHIPS = Texts.CHIPS;

  private EnrichTopologyHarness first;
  private EnrichTopologyHarness second;

  @AfterEach
  void tearDown() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void shouldPutTwoReportsOfOneEventInOneStoryAndAnotherEventInItsOwn() {
    first = start();
    pipe(first, "q-wire", "Wire", "Earthquake kills 14 in northern Kyrgyzstan", QUAKE_WIRE, MONDAY);
    pipe(first, "q-daily", "Daily Courier", "Powerful quake hits Kyrgyzstan, at least 14 dead", QUAKE_DAILY,
        MONDAY.plusSeconds(1800));
    pipe(first, "chips", "Tech Ledger", "Lumentra to build 4 billion euro chip plant", CHIPS,
        MONDAY.plusSeconds(3600));

    Map<String, String> storyOf = storyIds(first);
    assertThat(storyOf.get("q-daily")).isEqualTo(storyOf.get("q-wire")).isEqualTo("s-q-wire");
    assertThat(storyOf.get("chips")).isEqualTo("s-chips");
    Map<String, Story> stories = latestStories(first);
    Story quake = stories.get("s-q-wire");
    assertThat(quake.getArticleCount()).isEqualTo(2);
    assertThat(quake.getOutletCount()).isEqualTo(2);
    assertThat(quake.getLatestArticleIds()).containsExactly("q-daily", "q-wire");
    assertThat(quake.getFirstArticleAt()).isEqualTo(MONDAY);
    assertThat(quake.getMergedInto()).isNull();
    assertThat(stories.get("s-chips").getArticleCount()).isEqualTo(1);
  }

  @Test
  void shouldJoinAStoryAnotherInstanceStarted() {
    first = start();
    second = start();
    pipe(first, "q-wire", "Wire", "Earthquake kills 14 in northern Kyrgyzstan", QUAKE_WIRE, MONDAY);
    latestStories(first).values().forEach(story -> second.storiesInput().pipeInput(story.getId(), story));

    pipe(second, "q-daily", "Daily Courier", "Powerful quake hits Kyrgyzstan, at least 14 dead", QUAKE_DAILY,
        MONDAY.plusSeconds(1800));

    assertThat(storyIds(second)).containsEntry("q-daily", "s-q-wire");
  }

  @Test
  void shouldMergeTheStoriesTwoInstancesStartedAtTheSameMomentWhenTheNextReportMatchesBoth() {
    startTwoStoriesAtTheSameMoment();
    latestStories(second).values().forEach(story -> first.storiesInput().pipeInput(story.getId(), story));

    pipe(first, "q-later", "Mountain Post", "Quake death toll in Kyrgyzstan rises to 21", QUAKE_LATER,
        MONDAY.plusSeconds(86_400));

    assertThat(storyIds(first)).containsEntry("q-later", "s-q-wire");
    Map<String, Story> stories = latestStories(first);
    assertThat(stories.get("s-q-daily").getMergedInto()).as("the later story merges into the earlier one")
        .isEqualTo("s-q-wire");
    Story survivor = stories.get("s-q-wire");
    assertThat(survivor.getMergedInto()).isNull();
    assertThat(survivor.getArticleCount()).isEqualTo(3);
    assertThat(survivor.getOutletCount()).isEqualTo(3);
  }

  @Test
  void shouldMergeTheLaterOfTwoStoriesStartedAtTheSameMomentOnASecondLookWithoutAFurtherReport() {
    startTwoStoriesAtTheSameMoment();
    Map<String, Story> fromFirst = latestStories(first);
    Map<String, Story> fromSecond = latestStories(second);
    fromFirst.values().forEach(story -> second.storiesInput().pipeInput(story.getId(), story));
    fromSecond.values().forEach(story -> first.storiesInput().pipeInput(story.getId(), story));

    first.driver().advanceWallClockTime(java.time.Duration.ofSeconds(6));
    second.driver().advanceWallClockTime(java.time.Duration.ofSeconds(6));

    assertThat(latestStories(first)).as("the earlier story stays as it is").isEmpty();
    Map<String, Story> merges = latestStories(second);
    assertThat(merges.get("s-q-daily").getMergedInto()).isEqualTo("s-q-wire");
    // The survivor's owner folds the merged story in (here the second driver's owner, which has no state of it).
    assertThat(merges.get("s-q-wire").getLatestArticleIds()).contains("q-daily");
    assertThat(first.enriched().isEmpty()).isTrue();
    assertThat(second.enriched().isEmpty()).as("a second look publishes no article").isTrue();
  }

  @Test
  void shouldLeaveTwoDifferentEventsApartOnASecondLook() {
    first = start();
    second = start();
    pipe(first, "q-wire", "Wire", "Earthquake kills 14 in northern Kyrgyzstan", QUAKE_WIRE, MONDAY);
    pipe(second, "chips", "Tech Ledger", "Lumentra to build 4 billion euro chip plant", CHIPS,
        MONDAY.plusSeconds(60));
    latestStories(first).values().forEach(story -> second.storiesInput().pipeInput(story.getId(), story));
    latestStories(second).values().forEach(story -> first.storiesInput().pipeInput(story.getId(), story));

    first.driver().advanceWallClockTime(java.time.Duration.ofSeconds(6));
    second.driver().advanceWallClockTime(java.time.Duration.ofSeconds(6));

    assertThat(latestStories(first)).isEmpty();
    assertThat(latestStories(second)).isEmpty();
  }

  @Test
  void shouldLeaveStoryIdNullAndWriteNoStoriesWhenStoriesAreOff() {
    first = EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once")
        .set("stories.enabled", false), config -> EnrichStages.load(config.cleanLimits(), config.tagging()));
    pipe(first, "q-wire", "Wire", "Earthquake kills 14 in northern Kyrgyzstan", QUAKE_WIRE, MONDAY);
    assertThat(first.enriched().readValue().getStoryId()).isNull();
    assertThat(first.stories().isEmpty()).isTrue();
  }

  /** Two instances each get one report of the quake before either sees the other's story. */
  private void startTwoStoriesAtTheSameMoment() {
    first = start();
    second = start();
    pipe(first, "q-wire", "Wire", "Earthquake kills 14 in northern Kyrgyzstan", QUAKE_WIRE, MONDAY);
    pipe(second, "q-daily", "Daily Courier", "Powerful quake hits Kyrgyzstan, at least 14 dead", QUAKE_DAILY,
        MONDAY.plusSeconds(60));
    assertThat(storyIds(first)).containsEntry("q-wire", "s-q-wire");
    assertThat(storyIds(second)).containsEntry("q-daily", "s-q-daily");
  }

  private static EnrichTopologyHarness start() {
    return EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once"),
        config -> EnrichStages.load(config.cleanLimits(), config.tagging()));
  }

  private static void pipe(EnrichTopologyHarness harness, String id, String outlet, String title, String text,
      Instant publishedAt) {
    harness.raw().pipeInput(id, Texts.report(id, outlet, title, text, publishedAt), publishedAt);
  }

  private static Map<String, String> storyIds(EnrichTopologyHarness harness) {
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (KeyValue<String, EnrichedArticle> record : harness.enriched().readKeyValuesToList()) {
      storyOf.put(record.key, record.value.getStoryId());
    }
    return storyOf;
  }

  private static Map<String, Story> latestStories(EnrichTopologyHarness harness) {
    Map<String, Story> latest = new LinkedHashMap<>();
    harness.stories().readKeyValuesToList().forEach(record -> latest.put(record.key, record.value));
    return latest;
  }
}
