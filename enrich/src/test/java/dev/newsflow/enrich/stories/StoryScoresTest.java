package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StoryScoresTest {

  private static final Offset<Double> EXACT = within(1e-12);

  /** Seven articles: event E1 = a..e (5), event E2 = f, g (2). */
  private static Map<String, String> gold() {
    Map<String, String> gold = new LinkedHashMap<>();
    for (String id : new String[] {"a", "b", "c", "d", "e"}) {
      gold.put(id, "E1");
    }
    gold.put("f", "E2");
    gold.put("g", "E2");
    return gold;
  }

  @Test
  void shouldScoreAPerfectPredictionAsOneWhateverTheStoryIdsAreCalled() {
    Map<String, String> predicted = new HashMap<>();
    gold().forEach((id, event) -> predicted.put(id, event.equals("E1") ? "story-9" : "story-3"));

    StoryScores scores = StoryScores.of(gold(), predicted);

    assertThat(scores.pairwisePrecision()).isEqualTo(1.0);
    assertThat(scores.pairwiseRecall()).isEqualTo(1.0);
    assertThat(scores.pairwiseF1()).isEqualTo(1.0);
    assertThat(scores.bcubedPrecision()).isCloseTo(1.0, EXACT);
    assertThat(scores.bcubedRecall()).isCloseTo(1.0, EXACT);
    assertThat(scores.bcubedF1()).isCloseTo(1.0, EXACT);
    assertThat(scores.articles()).isEqualTo(7);
    assertThat(scores.events()).isEqualTo(2);
    assertThat(scores.stories()).isEqualTo(2);
  }

  @Test
  void shouldScoreAllInOneStory() {
    Map<String, String> predicted = new HashMap<>();
    gold().keySet().forEach(id -> predicted.put(id, "one"));

    StoryScores scores = StoryScores.of(gold(), predicted);

    // Pairwise: 21 predicted pairs, of which C(5,2) + C(2,2) = 11 are same-event pairs.
    assertThat(scores.pairwisePrecision()).isCloseTo(11.0 / 21, EXACT);
    assertThat(scores.pairwiseRecall()).isEqualTo(1.0);
    assertThat(scores.pairwiseF1()).isCloseTo(2 * 11.0 / (21 + 11), EXACT);
    // B-cubed: the five E1 articles each see 5/7 of their story in their event, the two E2 articles 2/7.
    assertThat(scores.bcubedPrecision()).isCloseTo((5 * 5.0 / 7 + 2 * 2.0 / 7) / 7, EXACT);
    assertThat(scores.bcubedRecall()).isCloseTo(1.0, EXACT);
    assertThat(scores.stories()).isEqualTo(1);
  }

  @Test
  void shouldScoreAllSingletonsAndTreatMissingArticlesAsSingletons() {
    Map<String, String> singletons = new HashMap<>();
    gold().keySet().forEach(id -> singletons.put(id, "s-" + id));

    for (Map<String, String> predicted : java.util.List.of(singletons, Map.<String, String>of())) {
      StoryScores scores = StoryScores.of(gold(), predicted);

      // No predicted pairs: nothing claimed, nothing wrong; no gold pair found.
      assertThat(scores.pairwisePrecision()).isEqualTo(1.0);
      assertThat(scores.pairwiseRecall()).isEqualTo(0.0);
      assertThat(scores.pairwiseF1()).isEqualTo(0.0);
      assertThat(scores.bcubedPrecision()).isCloseTo(1.0, EXACT);
      // E1 articles each find 1/5 of their event, E2 articles 1/2: (5 * 1/5 + 2 * 1/2) / 7 = 2/7.
      assertThat(scores.bcubedRecall()).isCloseTo(2.0 / 7, EXACT);
      assertThat(scores.bcubedF1()).isCloseTo(2 * (2.0 / 7) / (1 + 2.0 / 7), EXACT);
      assertThat(scores.stories()).isEqualTo(7);
    }
  }

  /*
   * Textbook case, worked by hand. Gold: E1 = {a,b,c,d,e}, E2 = {f,g}. Predicted: X = {a,b,c}, Y = {d,e,f,g}.
   * Contingency cells: (E1,X) = 3, (E1,Y) = 2, (E2,Y) = 2.
   *
   * Pairwise: true pairs = C(3,2) + C(2,2) + C(2,2) = 3 + 1 + 1 = 5; predicted pairs = C(3,2) + C(4,2) = 9;
   * gold pairs = C(5,2) + C(2,2) = 11. P = 5/9, R = 5/11, F1 = 2*5 / (9 + 11) = 0.5.
   *
   * B-cubed precision per article: a,b,c 3/3; d,e 2/4; f,g 2/4 → (3 + 1 + 1) / 7 = 5/7.
   * B-cubed recall per article:    a,b,c 3/5; d,e 2/5; f,g 2/2 → (9/5 + 4/5 + 2) / 7 = (23/5) / 7 = 23/35.
   * F1 = 2 * (5/7) * (23/35) / (5/7 + 23/35) = (230/245) / (48/35) = 8050/11760 = 115/168.
   */
  @Test
  void shouldMatchTheHandComputedTextbookExample() {
    Map<String, String> predicted = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y", "f", "Y", "g", "Y");

    StoryScores scores = StoryScores.of(gold(), predicted);

    assertThat(scores.pairwisePrecision()).isCloseTo(5.0 / 9, EXACT);
    assertThat(scores.pairwiseRecall()).isCloseTo(5.0 / 11, EXACT);
    assertThat(scores.pairwiseF1()).isCloseTo(0.5, EXACT);
    assertThat(scores.bcubedPrecision()).isCloseTo(5.0 / 7, EXACT);
    assertThat(scores.bcubedRecall()).isCloseTo(23.0 / 35, EXACT);
    assertThat(scores.bcubedF1()).isCloseTo(115.0 / 168, EXACT);
    assertThat(scores).hasToString("stories pairwise P=0.556 R=0.455 F1=0.500 bcubed P=0.714 R=0.657 F1=0.685"
        + " articles=7 events=2 stories=2");
  }

  @Test
  void shouldIgnorePredictedArticlesThatAreNotInTheGoldSet() {
    Map<String, String> predicted = new HashMap<>(Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y",
        "f", "Y", "g", "Y"));
    predicted.put("unknown-1", "X");
    predicted.put("unknown-2", "Z");

    assertThat(StoryScores.of(gold(), predicted)).isEqualTo(
        StoryScores.of(gold(), Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y", "f", "Y", "g", "Y")));
  }

  @Test
  void shouldScoreAHundredThousandArticlesWithoutEnumeratingPairs() {
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      String id = "a" + i;
      gold.put(id, "E" + (i % 1_000));
      // Every event of 100 articles is split into two stories of 50.
      predicted.put(id, "S" + (i % 2_000));
    }

    StoryScores scores = StoryScores.of(gold, predicted);

    // Per event: C(100,2) = 4950 gold pairs, 2 * C(50,2) = 2450 predicted, all of them true.
    assertThat(scores.pairwisePrecision()).isEqualTo(1.0);
    assertThat(scores.pairwiseRecall()).isCloseTo(2450.0 / 4950, EXACT);
    assertThat(scores.bcubedPrecision()).isCloseTo(1.0, EXACT);
    assertThat(scores.bcubedRecall()).isCloseTo(0.5, EXACT);
    assertThat(scores.events()).isEqualTo(1_000);
    assertThat(scores.stories()).isEqualTo(2_000);
  }

  @Test
  void shouldScoreAnEmptyGoldSetAsVacuouslyPerfect() {
    StoryScores scores = StoryScores.of(Map.of(), Map.of("x", "S"));

    assertThat(scores.articles()).isZero();
    assertThat(scores.bcubedF1()).isEqualTo(1.0);
    assertThat(scores.pairwiseF1()).isEqualTo(1.0);
  }
}
