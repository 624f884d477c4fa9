package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The development set keeps the shape its README promises. */
class StoryDevSetTest {

  private final StoryDevSet set = StoryDevSet.load();

  @Test
  void shouldHoldAtLeastThirtyEventsAndOneHundredFiftyArticles() {
    assertThat(set.articles()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(set.gold().values().stream().distinct().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void shouldBeInTimeOrderWithUniqueSequentialIdsAndUrls() {
    List<StoryDevSet.Article> articles = set.articles();
    for (int i = 1; i < articles.size(); i++) {
      assertThat(articles.get(i).publishedAt()).as("time of %s", articles.get(i).id())
          .isAfterOrEqualTo(articles.get(i - 1).publishedAt());
    }
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).id()).isEqualTo(String.format("a%03d", i + 1));
    }
    Set<String> urls = new HashSet<>();
    for (StoryDevSet.Article article : articles) {
      assertThat(urls.add(article.url())).as("unique url %s", article.url()).isTrue();
      assertThat(article.url()).startsWith("https://");
    }
  }

  @Test
  void shouldTellEveryMultiArticleEventThroughAtLeastThreeOutlets() {
    Map<String, Set<String>> outlets = new TreeMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (StoryDevSet.Article article : set.articles()) {
      outlets.computeIfAbsent(article.event(), e -> new HashSet<>()).add(article.outlet());
      sizes.merge(article.event(), 1, Integer::sum);
    }
    outlets.forEach((event, names) -> {
      if (sizes.get(event) > 1) {
        assertThat(names).as("outlets of %s", event).hasSizeGreaterThanOrEqualTo(3);
      }
    });
    // Multi-outlet coverage is the point; one-offs are the minority.
    long multi = sizes.values().stream().filter(n -> n > 1).count();
    assertThat(multi).isGreaterThanOrEqualTo(30);
  }

  @Test
  void shouldKeepArticleLengthsRealistic() {
    for (StoryDevSet.Article article : set.articles()) {
      int words = article.text().trim().split("\\s+").length;
      assertThat(words).as("words in %s", article.id()).isBetween(60, 400);
    }
  }

  @Test
  void shouldScoreItsOwnGoldAsPerfectAndSingletonsAsPoorRecall() {
    Map<String, String> gold = set.gold();

    assertThat(StoryScores.of(gold, gold).bcubedF1()).isCloseTo(1.0, within(1e-12));
    StoryScores singletons = StoryScores.of(gold, Map.of());
    assertThat(singletons.bcubedPrecision()).isCloseTo(1.0, within(1e-12));
    assertThat(singletons.bcubedRecall()).isLessThan(0.5);
    assertThat(singletons.stories()).isEqualTo(gold.size());
  }

  @Test
  void shouldNameTheLineThatDoesNotParse() {
    String lines = "{\"id\":\"a001\",\"event\":\"E01\",\"title\":\"t\",\"text\":\"x\",\"publishedAt\":"
        + "\"2026-03-04T09:15:00Z\",\"url\":\"https://o.example/1\",\"outlet\":\"O\"}\n"
        + "{\"id\":\"a002\",\"event\":\"E01\",\"title\":\"t\",\"text\":\"x\",\"publishedAt\":\"yesterday\","
        + "\"url\":\"https://o.example/2\",\"outlet\":\"O\"}\n";

    assertThatThrownBy(() -> StoryDevSet.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2:");
  }
}
