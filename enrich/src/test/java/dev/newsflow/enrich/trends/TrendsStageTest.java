package dev.newsflow.enrich.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.enrich.topology.EnrichTopologyHarness;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trending-entities window counts, on the whole topology, with the entities given by a stand-in tagger. */
class TrendsStageTest {

  private static final Instant T0 = Instant.parse("2025-05-01T12:00:00Z");
  private static final String STORY = "The harbour authority said on Monday that the new bridge would open to "
      + "traffic next spring after engineers finished the final load tests on the main span, which crosses the "
      + "shipping channel at a height of fifty metres and carries two rail tracks and four road lanes between the "
      + "old town and the container port on the eastern bank of the river estuary.";

  /** Under the near-duplicate minimum of words: never matched as a copy, whatever the title. */
  private static final String SHORT = "The committee announced the result on Monday evening in the town hall.";
  private static final Map<String, String> ENTITIES = Map.of(
      "Ada wins the prize", "Ada,Bob,Ada",
      "Ada speaks again", "Ada",
      "Ada meets Cy", "Ada,Cy",
      "Dee opens the fair", "Dee",
      "Eve closes the fair", "Eve",
      "Bridge opens", "Fay",
      "Bridge to open in spring", "Fay");

  private EnrichTopologyHarness harness;
  private TestInputTopic<String, RawArticle> raw;
  private TrendsQuery trends;

  @BeforeEach
  void setUp() {
    ArticleEnricher enricher = new ArticleEnricher();
    // Stands in for the entity stage: each title names its article's entities.
    ArticleTagger tagger = new ArticleTagger((title, text) -> Arrays.stream(ENTITIES.getOrDefault(title, "").split(","))
        .filter(n -> !n.isBlank())
        .map(n -> Entity.newBuilder().setName(n).setType(EntityType.PERSON).setSpans(List.of()).build()).toList(),
        input -> List.of());
    harness = EnrichTopologyHarness.start(settings -> settings.processingGuarantee("at_least_once"),
        EnrichStages.of(enricher::enrich, tagger));
    raw = harness.raw();
    trends = new TrendsQuery(() -> harness.driver().getWindowStore(TrendsStage.STORE));
  }

  @AfterEach
  void tearDown() {
    harness.close();
  }

  @Test
  void shouldCountEachEntityOncePerArticleInTheHourWindow() {
    send("a1", "Ada wins the prize", SHORT, T0);
    send("a2", "Ada speaks again", SHORT, T0.plusSeconds(60));
    send("a3", "Ada meets Cy", SHORT, T0.plusSeconds(125));

    TrendsQuery.Trends top = trends.top(10, T0.plusSeconds(120));
    assertThat(top.windowEnd()).isEqualTo(T0.plusSeconds(180).toString());
    assertThat(top.top()).containsExactly(new TrendsQuery.Trend("Ada", 3), new TrendsQuery.Trend("Bob", 1),
        new TrendsQuery.Trend("Cy", 1));
    assertThat(trends.top(1, T0.plusSeconds(120)).top()).containsExactly(new TrendsQuery.Trend("Ada", 3));
    assertThat(trends.latestWindowStart()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void shouldLeaveOlderArticlesOutOfALaterHour() {
    send("b1", "Dee opens the fair", SHORT, T0);
    send("b2", "Eve closes the fair", SHORT, T0.plusSeconds(90 * 60));

    assertThat(trends.top(10, T0.plusSeconds(90 * 60)).top()).containsExactly(new TrendsQuery.Trend("Eve", 1));
    assertThat(trends.top(10, T0).top()).containsExactly(new TrendsQuery.Trend("Dee", 1));
  }

  @Test
  void shouldNotCountASyndicatedCopyAgain() {
    send("c1", "Bridge opens", STORY, T0);
    send("c2", "Bridge to open in spring", STORY, T0.plusSeconds(10));

    assertThat(trends.top(10, T0).top()).containsExactly(new TrendsQuery.Trend("Fay", 1));
  }

  @Test
  void shouldMergeInstanceListsIntoTheGlobalTopN() {
    TrendsQuery.Trends one = new TrendsQuery.Trends(T0.toString(), T0.plusSeconds(3600).toString(),
        List.of(new TrendsQuery.Trend("Ada", 5), new TrendsQuery.Trend("Bob", 2)));
    TrendsQuery.Trends two = new TrendsQuery.Trends(T0.toString(), T0.plusSeconds(3600).toString(),
        List.of(new TrendsQuery.Trend("Cy", 3)));
    assertThat(TrendsQuery.merge(List.of(one, two, TrendsQuery.Trends.empty()), 2).top())
        .containsExactly(new TrendsQuery.Trend("Ada", 5), new TrendsQuery.Trend("Cy", 3));
  }

  /** An English article with this title (which names its entities, see ENTITIES) and text. */
  private void send(String id, String title, String text, Instant at) {
    raw.pipeInput(id, RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent(title + "\n" + text).setFetchedAt(at)
        .setHints(Map.of("language", "en")).build(), at);
  }
}
