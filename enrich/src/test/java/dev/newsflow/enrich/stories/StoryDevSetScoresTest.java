package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.enrich.EnrichStages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the offline mode over the development set with the shipped cleaning and tagging and prints pairwise and
 * B-cubed scores. With {@code -Dstories.errors=true} it also prints each predicted story that mixes events and each
 * event split over stories (ids and titles), for error analysis.
 */
class StoryDevSetScoresTest {

  @Test
  void shouldClusterTheDevelopmentSetWithHighPrecision() throws IOException {
    StoryDevSet set = StoryDevSet.load();
    EnrichStages stages = EnrichStages.of(new ArticleEnricher()::enrich, ArticleTagger.shipped());
    StringWriter out = new StringWriter();
    try (InputStream in = StoryDevSet.class.getResourceAsStream(StoryDevSet.RESOURCE)) {
      OfflineStories.run(new InputStreamReader(in, StandardCharsets.UTF_8), out, stages, StorySettings.defaults());
    }
    Map<String, String> predicted = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString().split("\n")) {
      JsonNode node = json.readTree(line);
      predicted.put(node.get("id").asText(), node.get("storyId").asText());
    }

    StoryScores scores = StoryScores.of(set.gold(), predicted);
    System.out.println("stories dev set: " + scores);
    if (Boolean.getBoolean("stories.errors")) {
      printErrors(set, predicted);
    }

    assertThat(predicted).hasSameSizeAs(set.gold());
    // Floors well under the measured figures: a change that breaks matching fails here.
    assertThat(scores.bcubedPrecision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.bcubedF1()).isGreaterThanOrEqualTo(0.85);
  }

  private static void printErrors(StoryDevSet set, Map<String, String> predicted) {
    Map<String, StoryDevSet.Article> byId = new HashMap<>();
    set.articles().forEach(a -> byId.put(a.id(), a));
    Map<String, List<String>> stories = new TreeMap<>();
    Map<String, List<String>> events = new TreeMap<>();
    predicted.forEach((id, story) -> stories.computeIfAbsent(story, s -> new ArrayList<>()).add(id));
    set.gold().forEach((id, event) -> events.computeIfAbsent(event, e -> new ArrayList<>()).add(id));
    stories.forEach((story, ids) -> {
      if (ids.stream().map(id -> byId.get(id).event()).distinct().count() > 1) {
        System.out.println("MIXED " + story);
        ids.forEach(id -> System.out.println("   " + id + " " + byId.get(id).event() + " "
            + byId.get(id).publishedAt() + " " + byId.get(id).title()));
      }
    });
    events.forEach((event, ids) -> {
      if (ids.stream().map(predicted::get).distinct().count() > 1) {
        System.out.println("SPLIT " + event);
        ids.forEach(id -> System.out.println("   " + id + " " + predicted.get(id) + " "
            + byId.get(id).publishedAt() + " " + byId.get(id).title()));
      }
    });
  }
}
