package dev.newsflow.enrich.stories;

import static dev.newsflow.enrich.stories.StoryExamples.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.Story;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStoryIndexTest {

  private static final long DAY = Duration.ofDays(1).toMillis();

  private static Story story(String id, long time) {
    return Stories.of(id, article(id.substring(2) + "-" + time, "o", time, "Title " + id, "lead"), time);
  }

  @Test
  void shouldListTheMostRecentlyActiveStoriesUnderAKeyFirst() {
    InMemoryStoryIndex index = new InMemoryStoryIndex(Duration.ofDays(30));
    index.put(story("s-a", 0), List.of("k", "only-a"));
    index.put(story("s-b", DAY), List.of("k"));
    index.put(story("s-c", 2 * DAY), List.of("k"));
    index.put(Stories.absorb(index.story("s-a"), story("s-a", 3 * DAY), 3 * DAY), List.of("k"));

    assertThat(index.storiesUnder("k", 10)).containsExactly("s-a", "s-c", "s-b");
    assertThat(index.storiesUnder("k", 2)).containsExactly("s-a", "s-c");
    assertThat(index.storiesUnder("only-a", 10)).as("keys a story no longer has are dropped").isEmpty();
    assertThat(index.storiesUnder("unknown", 10)).isEmpty();
  }

  @Test
  void shouldExpireStoriesIdleLongerThanTheHorizonBeforeTheLatestArticle() {
    InMemoryStoryIndex index = new InMemoryStoryIndex(Duration.ofDays(30));
    index.put(story("s-old", 0), List.of("k"));
    index.put(story("s-busy", 0), List.of("k"));
    index.assign("old-0", "s-old");
    index.put(Stories.absorb(index.story("s-busy"), story("s-busy", 20 * DAY), 20 * DAY), List.of("k"));

    index.advance(31 * DAY);

    assertThat(index.story("s-old")).isNull();
    assertThat(index.story("s-busy")).isNotNull();
    assertThat(index.storiesUnder("k", 10)).containsExactly("s-busy");
    assertThat(index.storyOfArticle("old-0")).as("assignments outlive their story").isEqualTo("s-old");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void shouldCountDocumentFrequencies() {
    InMemoryStoryIndex index = new InMemoryStoryIndex(Duration.ofDays(30));
    index.terms().add(List.of("flood", "river"));
    index.terms().add(List.of("flood"));

    assertThat(index.terms().documents()).isEqualTo(2);
    assertThat(index.terms().frequency("flood")).isEqualTo(2);
    assertThat(index.terms().frequency("river")).isEqualTo(1);
    assertThat(index.terms().frequency("bridge")).isZero();
  }
}
