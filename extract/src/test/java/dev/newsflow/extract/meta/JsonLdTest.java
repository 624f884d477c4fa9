package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd of(String... blocks) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String block : blocks) {
      html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
    }
    return JsonLd.of(Jsoup.parse(html + "</head></html>"));
  }

  @Test
  void shouldFindTheArticleInsideAGraphAndSkipBrokenBlocks() {
    JsonLd ld = of("{broken", "{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"p\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"H\"}]}");
    assertThat(ld.article()).hasValueSatisfying(a -> assertThat(JsonLd.text(a, "headline")).isEqualTo("H"));
  }

  @Test
  void shouldReadJsonLdWithRawNewlinesAndTrailingCommas() {
    JsonLd ld = of("{\"@type\":\"NewsArticle\",\"headline\":\"Line one\nline two\",}");
    assertThat(ld.article()).isPresent();
  }

  @Test
  void shouldFallBackToWebPageWhenNoArticle() {
    assertThat(of("{\"@type\":\"WebPage\",\"headline\":\"P\"}").article()).isPresent();
    assertThat(of("{\"@type\":\"Organization\",\"name\":\"O\"}").article()).isEmpty();
  }

  @Test
  void shouldReadNamesFromStringObjectAndArraySeparatingOrganizations() {
    JsonLd ld = of("{\"@type\":\"NewsArticle\",\"author\":[\"Ana Lima\",{\"@type\":\"Person\",\"name\":\"Jon Berg\"},"
        + "{\"@type\":\"NewsMediaOrganization\",\"name\":\"Bugle\"}]}");
    List<String> orgs = new ArrayList<>();
    List<String> names = JsonLd.names(ld.article().orElseThrow(), "author", Set.of("newsmediaorganization"), orgs);
    assertThat(names).containsExactly("Ana Lima", "Jon Berg");
    assertThat(orgs).containsExactly("Bugle");
  }

  @Test
  void shouldReadUrlsFromStringObjectAndArray() {
    JsonLd ld = of("{\"@type\":\"NewsArticle\",\"image\":[\"https://a/1.jpg\"],\"thumbnail\":{\"contentUrl\":\"https://a/2.jpg\"},"
        + "\"mainEntityOfPage\":{\"@id\":\"https://a/page\"},\"url\":\"https://a/u\"}");
    var article = ld.article().orElseThrow();
    assertThat(JsonLd.url(article, "image")).isEqualTo("https://a/1.jpg");
    assertThat(JsonLd.url(article, "thumbnail")).isEqualTo("https://a/2.jpg");
    assertThat(JsonLd.url(article, "mainEntityOfPage")).isEqualTo("https://a/page");
    assertThat(JsonLd.url(article, "url")).isEqualTo("https://a/u");
    assertThat(JsonLd.url(article, "missing")).isNull();
  }

  @Test
  void shouldReadFirstTextOfArrays() {
    JsonLd ld = of("{\"@type\":\"NewsArticle\",\"articleSection\":[\"\",\"World\"]}");
    assertThat(JsonLd.firstText(ld.article().orElseThrow(), "articleSection")).isEqualTo("World");
  }
}
