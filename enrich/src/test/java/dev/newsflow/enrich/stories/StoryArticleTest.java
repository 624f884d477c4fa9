package dev.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.SourceType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryArticleTest {

  private static EnrichedArticle.Builder enriched() {
    return EnrichedArticle.newBuilder().setId("a1").setSourceId("feed-7").setSourceType(SourceType.FEED)
        .setFetchedAt(Instant.ofEpochMilli(2_000)).setEnrichedAt(Instant.ofEpochMilli(3_000))
        .setText("Flood waters rose overnight.").setContentHash("h").setPipelineVersion("test");
  }

  @Test
  void shouldPreferTheSiteNameThenTheHostThenTheSource() {
    assertThat(StoryArticle.of(enriched().setSiteName("The Courier").setUrl("https://www.courier.example/x")
        .build()).outlet()).isEqualTo("The Courier");
    assertThat(StoryArticle.of(enriched().setUrl("https://www.Courier.example/x").build()).outlet())
        .isEqualTo("courier.example");
    assertThat(StoryArticle.of(enriched().setUrl("not a url").build()).outlet()).isEqualTo("feed-7");
  }

  @Test
  void shouldTakeThePublishTimeElseTheFetchTime() {
    assertThat(StoryArticle.of(enriched().setPublishedAt(Instant.ofEpochMilli(1_000)).build()).time())
        .isEqualTo(1_000);
    assertThat(StoryArticle.of(enriched().build()).time()).isEqualTo(2_000);
  }

  @Test
  void shouldLeadWithTheFirstSixtyWordsAfterARepeatedTitle() {
    StringBuilder text = new StringBuilder("River floods Northport\n\n");
    for (int i = 0; i < 100; i++) {
      text.append("word").append(i).append(' ');
    }
    StoryArticle article = StoryArticle.of(enriched().setTitle("River floods Northport")
        .setText(text.toString()).setDuplicateOf("a0").build());

    assertThat(article.lead()).startsWith("word0 word1").endsWith("word59");
    assertThat(article.lead().split(" ")).hasSize(StoryArticle.LEAD_WORDS);
    assertThat(article.title()).isEqualTo("River floods Northport");
    assertThat(article.duplicateOf()).isEqualTo("a0");
    assertThat(article.id()).isEqualTo("a1");
  }
}
