package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private static final String URL = "https://news.example/world/story-123";
  private static final Instant FETCHED = Instant.parse("2025-06-01T12:00:00Z");

  private final MetadataExtractor extractor = new MetadataExtractor();

  private ArticleMetadata extract(String head, String body) {
    return extract(head, body, URL);
  }

  private ArticleMetadata extract(String head, String body, String url) {
    Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url);
    return extractor.extract(doc, JsonLd.of(doc), FETCHED);
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  // --- title

  @Test
  void shouldPreferJsonLdHeadlineOverOgTitle() {
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Ld headline\"}")
        + "<meta property=\"og:title\" content=\"Og title\"><title>Page title</title>", "<h1>H1 title</h1>");
    assertThat(meta.title()).isEqualTo("Ld headline");
    assertThat(meta.sources()).containsEntry("title", "json-ld");
  }

  @Test
  void shouldPreferOgTitleOverH1() {
    ArticleMetadata meta = extract("<meta property=\"og:title\" content=\"Og title\"><title>T</title>", "<h1>H1</h1>");
    assertThat(meta.title()).isEqualTo("Og title");
    assertThat(meta.sources()).containsEntry("title", "og:title");
  }

  @Test
  void shouldPreferH1InsideArticleOverLogoH1() {
    ArticleMetadata meta = extract("<title>T</title>", "<header><h1>Daily Bugle</h1></header>"
        + "<article><h1>Bridge reopens after repairs</h1></article>");
    assertThat(meta.title()).isEqualTo("Bridge reopens after repairs");
    assertThat(meta.sources()).containsEntry("title", "h1");
  }

  @Test
  void shouldStripSiteNameSuffixFromTitleTag() {
    assertThat(extract("<title>Bridge reopens after repairs | Daily Bugle</title>", "").title())
        .isEqualTo("Bridge reopens after repairs");
    assertThat(extract("<title>Bridge reopens after repairs - Daily Bugle</title>", "").title())
        .isEqualTo("Bridge reopens after repairs");
    assertThat(extract("<meta property=\"og:site_name\" content=\"The Daily Bugle of New York\">"
        + "<title>Bridge reopens — The Daily Bugle of New York</title>", "").title()).isEqualTo("Bridge reopens");
  }

  @Test
  void shouldKeepLongSuffixThatIsNotTheSiteName() {
    ArticleMetadata meta = extract("<title>Storm warning - what the new rules mean for drivers and cyclists in town"
        + "</title>", "");
    assertThat(meta.title()).isEqualTo("Storm warning - what the new rules mean for drivers and cyclists in town");
    assertThat(meta.sources()).containsEntry("title", "title");
  }

  @Test
  void shouldStripSiteNameFromOgTitleOnlyWhenItIsTheSiteName() {
    String site = "<meta property=\"og:site_name\" content=\"Daily Bugle\">";
    assertThat(extract(site + "<meta property=\"og:title\" content=\"Bridge reopens | Daily Bugle\">", "").title())
        .isEqualTo("Bridge reopens");
    assertThat(extract(site + "<meta property=\"og:title\" content=\"Bridge reopens - Analysis\">", "").title())
        .isEqualTo("Bridge reopens - Analysis");
  }

  // --- description

  @Test
  void shouldTakeDescriptionFromJsonLdThenOgThenMeta() {
    String og = "<meta property=\"og:description\" content=\"Og desc\">";
    String meta = "<meta name=\"description\" content=\"Meta desc\">";
    assertThat(extract(ld("{\"@type\":\"Article\",\"description\":\"Ld desc\"}") + og + meta, "").description())
        .isEqualTo("Ld desc");
    assertThat(extract(og + meta, "").description()).isEqualTo("Og desc");
    ArticleMetadata onlyMeta = extract(meta, "");
    assertThat(onlyMeta.description()).isEqualTo("Meta desc");
    assertThat(onlyMeta.sources()).containsEntry("description", "meta");
  }

  // --- authors

  @Test
  void shouldTakeAuthorsFromJsonLdPersonArray() {
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":"
        + "\"Ana Lima\"},{\"@type\":\"Person\",\"name\":\"Jon Berg\"}]}") + "<meta name=\"author\" content=\"X Y\">", "");
    assertThat(meta.authors()).containsExactly("Ana Lima", "Jon Berg");
    assertThat(meta.sources()).containsEntry("authors", "json-ld");
  }

  @Test
  void shouldTakeAuthorFromJsonLdString() {
    assertThat(extract(ld("{\"@type\":\"NewsArticle\",\"author\":\"By Ana Lima\"}"), "").authors())
        .containsExactly("Ana Lima");
  }

  @Test
  void shouldNotTakeJsonLdOrganizationAsAuthor() {
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Daily Bugle\"}}") + "<meta name=\"author\" content=\"Daily Bugle\">", "");
    assertThat(meta.authors()).isEmpty();
    // A person credited in the markup still counts when JSON-LD names only the organisation.
    ArticleMetadata withByline = extract(ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Sky\"}}"), "<div class=\"article-author\"><a href=\"/a/1\">Ana Lima</a></div>");
    assertThat(withByline.authors()).containsExactly("Ana Lima");
  }

  @Test
  void shouldFallBackToMetaAuthorThenArticleAuthor() {
    assertThat(extract("<meta name=\"author\" content=\"Ana Lima\">"
        + "<meta property=\"article:author\" content=\"Jon Berg\">", "").authors()).containsExactly("Ana Lima");
    ArticleMetadata meta = extract("<meta property=\"article:author\" content=\"Jon Berg\">", "");
    assertThat(meta.authors()).containsExactly("Jon Berg");
    assertThat(meta.sources()).containsEntry("authors", "article:author");
  }

  @Test
  void shouldIgnoreArticleAuthorUrls() {
    ArticleMetadata meta = extract("<meta property=\"article:author\" content=\"https://facebook.com/ana.lima\">",
        "<a rel=\"author\" href=\"/ana\">Ana Lima</a>");
    assertThat(meta.authors()).containsExactly("Ana Lima");
    assertThat(meta.sources()).containsEntry("authors", "rel-author");
  }

  @Test
  void shouldFallBackToBylineElements() {
    ArticleMetadata meta = extract("", "<article><p class=\"byline\">By Ana Lima and Jon Berg</p>"
        + "<form class=\"comment-form\"><label class=\"author\">Name (required)</label></form></article>");
    assertThat(meta.authors()).containsExactly("Ana Lima", "Jon Berg");
    assertThat(meta.sources()).containsEntry("authors", "byline");
  }

  @Test
  void shouldReadItempropAuthorName() {
    assertThat(extract("", "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Ana Lima</span>"
        + "<img alt=\"\"></span>").authors()).containsExactly("Ana Lima");
  }

  @Test
  void shouldNotTakeSiteNameAsAuthor() {
    ArticleMetadata meta = extract("<meta property=\"og:site_name\" content=\"Daily Bugle\">"
        + "<meta name=\"author\" content=\"Daily Bugle\">", "");
    assertThat(meta.authors()).isEmpty();
  }

  // --- dates

  @Test
  void shouldPreferJsonLdDatePublishedOverMetaTags() {
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-04T10:00:00+02:00\","
        + "\"dateModified\":\"2025-03-05T09:30Z\"}")
        + "<meta property=\"article:published_time\" content=\"2025-01-01T00:00:00Z\">", "");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-03-04T08:00:00Z"));
    assertThat(meta.modifiedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    assertThat(meta.sources()).containsEntry("publishedAt", "json-ld").containsEntry("modifiedAt", "json-ld");
  }

  @Test
  void shouldDropPublishDateAfterFetchTime() {
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2030-01-01T00:00:00Z\"}")
        + "<meta property=\"article:published_time\" content=\"2025-05-31T08:00:00Z\">", "");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-05-31T08:00:00Z"));
    assertThat(meta.sources()).containsEntry("publishedAt", "article:published_time");
  }

  @Test
  void shouldRejectAbsurdYears() {
    ArticleMetadata meta = extract("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
        + "<meta name=\"pubdate\" content=\"2025-02-03\">", "");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-02-03T00:00:00Z"));
    assertThat(meta.sources()).containsEntry("publishedAt", "meta");
  }

  @Test
  void shouldReadOtherMetaDateTags() {
    assertThat(extract("<meta name=\"parsely-pub-date\" content=\"2025-02-03T04:05:06Z\">", "").publishedAt())
        .isEqualTo(Instant.parse("2025-02-03T04:05:06Z"));
    assertThat(extract("<meta name=\"sailthru.date\" content=\"2025-02-03 04:05\">", "").publishedAt())
        .isEqualTo(Instant.parse("2025-02-03T04:05:00Z"));
    assertThat(extract("<meta name=\"DC.date\" content=\"2025-02-03\">", "").publishedAt())
        .isEqualTo(Instant.parse("2025-02-03T00:00:00Z"));
    assertThat(extract("<meta property=\"og:updated_time\" content=\"1738555506\">", "").modifiedAt())
        .isEqualTo(Instant.ofEpochSecond(1738555506));
  }

  @Test
  void shouldPreferMarkedTimeElementOverCommentTimes() {
    ArticleMetadata meta = extract("", "<div class=\"comments\"><time datetime=\"2025-05-30T10:00Z\"></time></div>"
        + "<article><time datetime=\"2025-05-29T10:00Z\"></time>"
        + "<time itemprop=\"datePublished\" datetime=\"2025-05-28T10:00Z\"></time></article>");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-05-28T10:00:00Z"));
    assertThat(meta.sources()).containsEntry("publishedAt", "time");
  }

  @Test
  void shouldPreferTimeInsideArticleOverEarlierTimes() {
    ArticleMetadata meta = extract("", "<header><time datetime=\"2025-05-31\"></time></header>"
        + "<article><time datetime=\"2025-05-29T10:00Z\"></time></article>");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-05-29T10:00:00Z"));
  }

  @Test
  void shouldFallBackToDateInUrl() {
    ArticleMetadata meta = extract("", "", "https://news.example/2025/03/04/bridge-reopens");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
    assertThat(meta.sources()).containsEntry("publishedAt", "url");
    assertThat(extract("", "", "https://news.example/news/20250304/bridge").publishedAt())
        .isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
  }

  @Test
  void shouldFallBackToDateTextInBylineButNotInSidebar() {
    ArticleMetadata meta = extract("", "<aside><span class=\"date\">May 30, 2025</span></aside>"
        + "<h3 class=\"byline\">by Ana Lima<br><span class=\"datetime\">Monday, March 3, 2025</span></h3>");
    assertThat(meta.publishedAt()).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
    assertThat(meta.sources()).containsEntry("publishedAt", "text");
    assertThat(extract("", "<aside><span class=\"date\">May 30, 2025</span></aside>").publishedAt()).isNull();
  }

  @Test
  void shouldUnescapeDoubleEscapedEntitiesInTitles() {
    assertThat(extract("<meta property=\"og:title\" content=\"Club pays &amp;#163;70m\">", "").title())
        .isEqualTo("Club pays £70m");
  }

  // --- section

  @Test
  void shouldTakeSectionFromJsonLdThenArticleSectionThenMetaThenBreadcrumb() {
    String article = "<meta property=\"article:section\" content=\"Weather\">";
    assertThat(extract(ld("{\"@type\":\"NewsArticle\",\"articleSection\":[\"World\",\"Europe\"]}") + article, "")
        .section()).isEqualTo("World");
    assertThat(extract(article + "<meta name=\"category\" content=\"Cat\">", "").section()).isEqualTo("Weather");
    assertThat(extract("<meta name=\"category\" content=\"Cat\">", "").section()).isEqualTo("Cat");
    ArticleMetadata crumb = extract("", "<ol class=\"breadcrumbs\"><li><a href=\"/\">Home</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li><li>Local team wins</li></ol>");
    assertThat(crumb.section()).isEqualTo("Sport");
    assertThat(crumb.sources()).containsEntry("section", "breadcrumb");
  }

  @Test
  void shouldReadJsonLdBreadcrumbList() {
    ArticleMetadata meta = extract(ld("{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\"},"
        + "{\"@type\":\"ListItem\",\"position\":2,\"item\":{\"name\":\"Science\"}},"
        + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"A story\"}]}"), "");
    assertThat(meta.section()).isEqualTo("Science");
  }

  // --- canonical URL, site name, image

  @Test
  void shouldResolveRelativeCanonicalAgainstBaseUri() {
    ArticleMetadata meta = extract("<link rel=\"canonical\" href=\"/world/story\">"
        + "<meta property=\"og:url\" content=\"https://other.example/x\">", "");
    assertThat(meta.canonicalUrl()).isEqualTo("https://news.example/world/story");
    assertThat(meta.sources()).containsEntry("canonicalUrl", "canonical");
  }

  @Test
  void shouldFallBackToOgUrlThenJsonLdUrl() {
    assertThat(extract("<meta property=\"og:url\" content=\"https://news.example/a\">", "").canonicalUrl())
        .isEqualTo("https://news.example/a");
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":{\"@type\":\"WebPage\","
        + "\"@id\":\"https://news.example/b\"}}"), "");
    assertThat(meta.canonicalUrl()).isEqualTo("https://news.example/b");
    assertThat(meta.sources()).containsEntry("canonicalUrl", "json-ld");
  }

  @Test
  void shouldTakeSiteNameFromOgThenJsonLdPublisherThenApplicationName() {
    String app = "<meta name=\"application-name\" content=\"Bugle App\">";
    assertThat(extract("<meta property=\"og:site_name\" content=\"Daily Bugle\">" + app, "").siteName())
        .isEqualTo("Daily Bugle");
    assertThat(extract(ld("{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":"
        + "\"Bugle Media\"}}") + app, "").siteName()).isEqualTo("Bugle Media");
    assertThat(extract(app, "").siteName()).isEqualTo("Bugle App");
  }

  @Test
  void shouldTakeLeadImageFromOgThenJsonLdThenTwitter() {
    String twitter = "<meta name=\"twitter:image\" content=\"https://cdn.example/t.jpg\">";
    assertThat(extract("<meta property=\"og:image\" content=\"/img/og.jpg\">" + twitter, "").leadImage())
        .isEqualTo("https://news.example/img/og.jpg");
    ArticleMetadata meta = extract(ld("{\"@type\":\"NewsArticle\",\"image\":[{\"@type\":\"ImageObject\","
        + "\"url\":\"https://cdn.example/ld.jpg\"}]}") + twitter, "");
    assertThat(meta.leadImage()).isEqualTo("https://cdn.example/ld.jpg");
    assertThat(meta.sources()).containsEntry("leadImage", "json-ld");
    assertThat(extract(twitter, "").leadImage()).isEqualTo("https://cdn.example/t.jpg");
  }

  // --- language

  @Test
  void shouldTakeLanguageFromHtmlLangThenMeta() {
    Document doc = Jsoup.parse("<html lang=\"pt-BR\"><head><meta property=\"og:locale\" content=\"en_US\">"
        + "</head></html>", URL);
    assertThat(extractor.extract(doc, JsonLd.of(doc), FETCHED).language()).isEqualTo("pt");
    ArticleMetadata meta = extract("<meta property=\"og:locale\" content=\"en_US\">", "");
    assertThat(meta.language()).isEqualTo("en");
    assertThat(meta.sources()).containsEntry("language", "og:locale");
    assertThat(extract("<meta http-equiv=\"content-language\" content=\"de\">", "").language()).isEqualTo("de");
  }

  @Test
  void shouldDetectLanguageFromParagraphsWhenUndeclared() {
    ArticleMetadata meta = extract("", "<p>El ayuntamiento votó el martes cerrar el viejo puente para reparaciones"
        + " y el tráfico será desviado durante tres meses, según informaron las autoridades locales.</p>");
    assertThat(meta.language()).isEqualTo("es");
    assertThat(meta.sources()).containsEntry("language", "detected");
  }

  @Test
  void shouldRedetectLanguageFromMainTextButKeepDeclaredLanguage() {
    String german = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren.";
    ArticleMetadata undeclared = extract("", "<p>Home News Sport</p>").withLanguageDetectedFrom(german);
    assertThat(undeclared.language()).isEqualTo("de");
    assertThat(undeclared.sources()).containsEntry("language", "detected");
    ArticleMetadata declared = extract("<meta property=\"og:locale\" content=\"fr_FR\">", "")
        .withLanguageDetectedFrom(german);
    assertThat(declared.language()).isEqualTo("fr");
  }

  @Test
  void shouldNeverThrowOnOddJsonLdShapes() {
    ArticleMetadata meta = extract(ld("{\"@type\":{\"x\":1},\"headline\":{\"a\":1}}")
        + ld("{\"@type\":\"NewsArticle\",\"headline\":42,\"author\":[7,null,{\"name\":{}}],\"image\":3,"
        + "\"datePublished\":\"99999-99-99\",\"publisher\":\"Bugle\",\"articleSection\":[1,2],"
        + "\"mainEntityOfPage\":[]}")
        + ld("{\"@type\":\"BreadcrumbList\",\"itemListElement\":\"none\"}") + ld("[1,2,\"x\"]") + ld(""), "");
    assertThat(meta.title()).isEqualTo("42");
    assertThat(meta.authors()).isEmpty();
    assertThat(meta.publishedAt()).isNull();
    assertThat(meta.siteName()).isEqualTo("Bugle");
  }

  @Test
  void shouldLeaveFieldsEmptyForAnEmptyPage() {
    ArticleMetadata meta = extract("", "");
    assertThat(meta.title()).isNull();
    assertThat(meta.authors()).isEmpty();
    assertThat(meta.publishedAt()).isNull();
    assertThat(meta.language()).isNull();
    assertThat(meta.sources()).isEmpty();
  }
}
