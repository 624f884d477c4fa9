package dev.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

  private static final String PAGE = """
      <!DOCTYPE html><html lang="en-US"><head>
      <title>Storm closes ports | Coast Daily</title>
      <meta property="og:title" content="Storm closes ports along the coast">
      <meta name="description" content="Ferries cancelled until Friday.">
      <meta name="author" content="By Lena Ortiz">
      <meta property="article:published_time" content="2025-02-03T10:15:00+01:00">
      <meta property="article:section" content="Weather">
      <link rel="canonical" href="/weather/storm-ports">
      </head><body>
      <div class="cookie-consent">We use cookies. <button>OK</button></div>
      <nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article>
        <h1>Storm closes ports along the coast</h1>
        <div class="share-tools"><a>Share</a></div>
        <p>Three ports closed on Monday as winds reached 120 km/h.</p>
        <p>Ferry operators cancelled all crossings until Friday.</p>
        <ul class="related-links"><li>Earlier: storm warning issued</li></ul>
      </article>
      <section id="comments"><p>First!</p></section>
      <footer>Coast Daily 2025</footer>
      <script>var x = 1;</script>
      </body></html>
      """;

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void shouldExtractMetadataFromHtml() {
    CleanedArticle article = cleaner.clean(PAGE, ContentKind.HTML, "https://coast.example/x", null);
    assertThat(article.title()).isEqualTo("Storm closes ports along the coast");
    assertThat(article.description()).isEqualTo("Ferries cancelled until Friday.");
    assertThat(article.authors()).containsExactly("Lena Ortiz");
    assertThat(article.section()).isEqualTo("Weather");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-02-03T09:15:00Z"));
    assertThat(article.canonicalUrl()).isEqualTo("https://coast.example/weather/storm-ports");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void shouldKeepTheBodyAndDropBoilerplate() {
    String text = cleaner.clean(PAGE, ContentKind.HTML, null, null).text();
    assertThat(text).isEqualTo("Three ports closed on Monday as winds reached 120 km/h.\n\n"
        + "Ferry operators cancelled all crossings until Friday.");
  }

  @Test
  void shouldSplitSectionTitleAndBodyOfPlainText() {
    CleanedArticle article = cleaner.clean("Politics\nLeaders Meet to Revive Talks\nFirst paragraph.\nSecond one.",
        ContentKind.TEXT, null, null);
    assertThat(article.section()).isEqualTo("Politics");
    assertThat(article.title()).isEqualTo("Leaders Meet to Revive Talks");
    assertThat(article.text()).isEqualTo("First paragraph.\n\nSecond one.");
  }

  @Test
  void shouldNotMistakeASentenceForASectionLabel() {
    CleanedArticle article = cleaner.clean("It rained.\nThen it stopped.\nThe end came.", ContentKind.TEXT, null, null);
    assertThat(article.section()).isNull();
    // A sentence is not a headline either (issue 16: it used to become the title and leave the text).
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("It rained.\n\nThen it stopped.\n\nThe end came.");
  }

  @Test
  void shouldSurviveMalformedHtml() {
    CleanedArticle article = cleaner.clean("<html><body><p>Unclosed <b>bold <p>next\u0000 para", ContentKind.HTML,
        null, null);
    assertThat(article.text()).contains("Unclosed bold").contains("next para").doesNotContain("\u0000");
  }

  @Test
  void shouldReturnEmptyTextForAnEmptyPage() {
    CleanedArticle article = cleaner.clean("", ContentKind.HTML, null, null);
    assertThat(article.text()).isEmpty();
    assertThat(article.title()).isNull();
  }
}
