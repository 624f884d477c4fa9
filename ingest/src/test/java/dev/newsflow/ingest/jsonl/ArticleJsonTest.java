package dev.newsflow.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ArticleJson json = new ArticleJson(1_000, Clock.fixed(NOW, ZoneOffset.UTC));

  private RawArticle read(String text) throws Exception {
    JsonNode node = MAPPER.readTree(text);
    return json.toArticle(node, SourceType.PUSH, "push");
  }

  @Test
  void shouldMapEveryDocumentedField() throws Exception {
    RawArticle article = read("{\"url\":\"https://News.example/a?utm_source=x\",\"title\":\"T\","
        + "\"content\":\"<p>Body</p>\",\"contentType\":\"text/html\",\"publishedAt\":\"2026-01-01T10:00:00+01:00\","
        + "\"language\":\"en\",\"source\":\"Example News\",\"tags\":[\"a\",\"b\"],\"words\":12}");
    assertThat(article.getId()).isEqualTo(ArticleIds.forUrl("https://news.example/a"));
    assertThat(article.getUrl()).isEqualTo("https://News.example/a?utm_source=x");
    assertThat(article.getTitle()).isEqualTo("T");
    assertThat(article.getContentType()).isEqualTo(ContentType.HTML);
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-01-01T09:00:00Z"));
    assertThat(article.getFetchedAt()).isEqualTo(NOW);
    assertThat(article.getSourceType()).isEqualTo(SourceType.PUSH);
    assertThat(article.getHints()).containsEntry("language", "en").containsEntry("source", "Example News")
        .containsEntry("tags", "a, b").containsEntry("words", "12").doesNotContainKeys("url", "content", "title");
  }

  @Test
  void shouldAcceptDatesEpochMillisAndDetectTheContentType() throws Exception {
    assertThat(read("{\"content\":\"plain words\",\"publishedAt\":\"2026-03-04\"}").getPublishedAt())
        .isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    assertThat(read("{\"content\":\"plain words\",\"publishedAt\":1700000000000}").getPublishedAt())
        .isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(read("{\"content\":\"plain words\"}").getContentType()).isEqualTo(ContentType.TEXT);
    assertThat(read("{\"content\":\"<html><body>x</body></html>\"}").getContentType()).isEqualTo(ContentType.HTML);
    assertThat(read("{\"html\":\"<p>fragment</p>\"}").getContentType()).isEqualTo(ContentType.HTML);
  }

  @Test
  void shouldDeriveTheIdFromGuidThenContentWhenThereIsNoUrl() throws Exception {
    assertThat(read("{\"content\":\"abc\",\"guid\":\"g-1\",\"source\":\"feed-x\"}").getId())
        .isEqualTo(ArticleIds.forGuid("feed-x", "g-1"));
    assertThat(read("{\"content\":\"abc\"}").getId()).isEqualTo(ArticleIds.forContent("abc"));
  }

  @Test
  void shouldRefuseInvalidArticlesWithAMessageNamingTheField() {
    assertThatThrownBy(() -> read("{\"title\":\"no body\"}")).hasMessageContaining("\"content\"");
    assertThatThrownBy(() -> read("{\"url\":\"https://n.example/a\"}")).hasMessageContaining("\"content\" is missing");
    assertThatThrownBy(() -> read("{\"url\":\"ftp://n.example/a\",\"content\":\"x\"}"))
        .hasMessageContaining("absolute http or https");
    assertThatThrownBy(() -> read("{\"content\":42}")).hasMessageContaining("\"content\" must be a string");
    assertThatThrownBy(() -> read("{\"content\":\"x\",\"publishedAt\":\"yesterday\"}"))
        .hasMessageContaining("publishedAt");
    assertThatThrownBy(() -> read("{\"content\":\"x\",\"contentType\":\"pdf\"}")).hasMessageContaining("contentType");
    assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> read("{\"content\":\"" + "x".repeat(1_001) + "\"}"))
        .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.tooLarge()).isTrue());
  }
}
