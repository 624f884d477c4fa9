package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.enrich.EnrichStages;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfflineStoriesTest {

  private static EnrichStages stages;

  @BeforeAll
  static void loadStages() {
    stages = EnrichStages.of(new ArticleEnricher()::enrich, ArticleTagger.shipped());
  }

  private static Map<String, String> run(String jsonl) throws IOException {
    StringWriter out = new StringWriter();
    OfflineStories.run(new StringReader(jsonl), out, stages, StorySettings.defaults());
    Map<String, String> stories = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString().split("\n")) {
      JsonNode node = json.readTree(line);
      stories.put(node.get("id").asText(), node.get("storyId").asText());
    }
    return stories;
  }

  @Test
  void shouldGroupReportsOfOneEventAndKeepOthersApart() throws IOException {
    String jsonl = """
        {"id":"a","title":"Bridge collapses in Northport, injuring twelve","text":"A road bridge over the Ferrin River in Northport collapsed on Tuesday morning, sending three cars into the water and injuring twelve people, city officials said.","publishedAt":"2026-03-03T08:00:00Z","outlet":"Northport Herald"}
        {"id":"b","title":"Chipmaker posts record quarterly profit","text":"Strong demand for data-centre processors lifted revenue by a third at Orvane Semiconductors, beating analysts' expectations.","publishedAt":"2026-03-03T09:00:00Z","url":"https://www.example-business.com/orvane"}
        {"id":"c","title":"Twelve hurt as Northport river bridge gives way","text":"Twelve people were hurt when the Ferrin River bridge in Northport gave way during rush hour, dropping cars into the river.","publishedAt":1772532000000,"outlet":"Daily Courier"}

        {"id":"d","title":"Northport council approves school budget","text":"Northport city council approved a budget that raises school spending by four percent and hires forty teachers.","publishedAt":"2026-03-04T10:00:00+01:00"}
        """;

    Map<String, String> stories = run(jsonl);

    assertThat(stories).containsOnlyKeys("a", "b", "c", "d");
    assertThat(stories.get("a")).isEqualTo("s-a").isEqualTo(stories.get("c"));
    assertThat(stories.get("b")).isEqualTo("s-b");
    assertThat(stories.get("d")).isEqualTo("s-d");
  }

  @Test
  void shouldResolveMergedStoriesToTheirSurvivor() {
    OfflineStories stories = new OfflineStories(StorySettings.defaults());
    StoryExamples.background().forEach(stories::assign);
    StoryArticle first = StoryExamples.bridgeFirst();
    StoryArticle other = StoryExamples.bridgeOtherOutlet();
    // Both reports came in before either was indexed (two instances at once): two stories.
    InMemoryStoryIndex index = (InMemoryStoryIndex) stories.index();
    String one = stories.assign(first);
    index.put(mergedAway(index.story(one)), java.util.List.of()); // hide it while the second one arrives
    String two = stories.assign(other);
    index.put(revived(index.story(one)), new StoryMatcher(StorySettings.defaults()).keys(revived(index.story(one))));

    String three = stories.assign(StoryExamples.bridgeFollowUp(Duration.ofDays(1)));

    assertThat(one).isEqualTo("s-bridge-1");
    assertThat(two).isEqualTo("s-bridge-2");
    assertThat(three).isEqualTo("s-bridge-1");
    assertThat(stories.mergedInto()).containsEntry("s-bridge-2", "s-bridge-1");
    assertThat(stories.resolve(two)).isEqualTo("s-bridge-1");
    assertThat(index.story("s-bridge-2").getMergedInto()).isEqualTo("s-bridge-1");
    assertThat(index.story("s-bridge-1").getArticleCount()).isEqualTo(3);
  }

  private static dev.newsflow.schema.Story mergedAway(dev.newsflow.schema.Story story) {
    return Stories.mergedInto(story, "nowhere", 0);
  }

  private static dev.newsflow.schema.Story revived(dev.newsflow.schema.Story story) {
    return dev.newsflow.schema.Story.newBuilder(story).setMergedInto(null).build();
  }

  @Test
  void shouldSayWhichLineIsWrong() {
    assertThatThrownBy(() -> run("{\"id\":\"a\",\"title\":\"T\",\"publishedAt\":0}\nnot json\n"))
        .isInstanceOf(StoryInputException.class).hasMessage("line 2: not a JSON object");
    assertThatThrownBy(() -> run("{\"id\":\"a\",\"title\":\"T\"}"))
        .isInstanceOf(StoryInputException.class).hasMessage("line 1: \"publishedAt\" is missing");
    assertThatThrownBy(() -> run("{\"id\":\"a\",\"title\":\"T\",\"publishedAt\":\"last week\"}"))
        .isInstanceOf(StoryInputException.class).hasMessageStartingWith("line 1: \"publishedAt\" is neither");
    assertThatThrownBy(() -> run("{\"title\":\"T\",\"publishedAt\":0}"))
        .isInstanceOf(StoryInputException.class).hasMessage("line 1: \"id\" is missing");
  }
}
