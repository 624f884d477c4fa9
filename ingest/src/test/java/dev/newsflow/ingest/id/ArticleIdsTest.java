package dev.newsflow.ingest.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void shouldGiveEquivalentUrlsTheSameId() {
    String id = ArticleIds.forUrl("https://news.example/world/story-1");
    assertThat(ArticleIds.forUrl("HTTPS://News.Example:443/world/story-1#comments")).isEqualTo(id);
    assertThat(ArticleIds.forUrl("https://news.example/world/story-1?utm_source=rss&utm_medium=feed")).isEqualTo(id);
    assertThat(ArticleIds.forUrl("https://news.example/world/story-1?fbclid=abc")).isEqualTo(id);
  }

  @Test
  void shouldKeepParametersThatSelectContent() {
    assertThat(ArticleIds.forUrl("https://news.example/story?id=1"))
        .isNotEqualTo(ArticleIds.forUrl("https://news.example/story?id=2"));
    assertThat(UrlCanonicalizer.canonicalize("https://news.example/story?id=1&utm_campaign=x&page=2"))
        .isEqualTo("https://news.example/story?id=1&page=2");
  }

  @Test
  void shouldBe32LowerHexCharacters() {
    assertThat(ArticleIds.forUrl("https://a.example/x")).matches("[0-9a-f]{32}");
    assertThat(ArticleIds.forGuid("feed", "guid-1")).matches("[0-9a-f]{32}");
    assertThat(ArticleIds.forContent("text")).matches("[0-9a-f]{32}");
  }

  @Test
  void shouldSeparateTheKindsOfId() {
    assertThat(ArticleIds.forContent("https://a.example/x")).isNotEqualTo(ArticleIds.forUrl("https://a.example/x"));
    assertThat(ArticleIds.forGuid("feed-a", "1")).isNotEqualTo(ArticleIds.forGuid("feed-b", "1"));
  }

  @Test
  void shouldRefuseRelativeOrBlankUrls() {
    assertThatThrownBy(() -> ArticleIds.forUrl("/relative/path")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute");
    assertThatThrownBy(() -> ArticleIds.forUrl(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleIds.forUrl("http://bad host/")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldAddRootPathAndDropDefaultPort() {
    assertThat(UrlCanonicalizer.canonicalize("http://Example.COM:80")).isEqualTo("http://example.com/");
    assertThat(UrlCanonicalizer.canonicalize("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
  }
}
