package dev.newsflow.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Issue 19: publish dates found beyond the declared ones, on invented pages. */
class PublishDatesTest {

  private static final Instant FETCHED = Instant.parse("2025-06-01T12:00:00Z");

  private final MetadataExtractor extractor = new MetadataExtractor();

  private ArticleMetadata extract(String lang, String head, String body) {
    Document doc = Jsoup.parse("<html lang=\"" + lang + "\"><head>" + head + "</head><body>" + body
        + "</body></html>", "https://news.example/story");
    return extractor.extract(doc, JsonLd.of(doc), FETCHED);
  }

  private static void assertDay(ArticleMetadata meta, String day, String source) {
    assertThat(meta.published()).isNotNull();
    assertThat(meta.published().date()).isEqualTo(LocalDate.parse(day));
    assertThat(meta.sources()).containsEntry("publishedAt", source);
  }

  @Test
  void shouldReadAGermanDateClassedSpanOutsideAnyArticleElement() {
    assertDay(extract("de", "", "<div class=\"content\"><h1>Neue Brücke</h1><span class=\"meta__date\">03.11.2024"
        + "</span><p>Die Brücke ist offen.</p></div>"), "2024-11-03", "text");
  }

  @Test
  void shouldPreferTheAttributeOfAPublishedAbbrOverItsText() {
    assertDay(extract("de", "", "<article><abbr class=\"published\" title=\"2024-07-23T17:06:45+0000\">vor "
        + "langer Zeit</abbr></article>"), "2024-07-23", "text");
  }

  @Test
  void shouldSkipUpdateCommentAndSidebarDates() {
    ArticleMetadata meta = extract("en", "", "<aside><span class=\"date\">May 30, 2025</span></aside>"
        + "<article><h1>Dam opens</h1><span class=\"date updated\">May 29, 2025</span>"
        + "<span class=\"post-date\">May 20, 2025</span><div class=\"comments\"><span class=\"comment-date\">"
        + "May 31, 2025</span></div></article>");
    assertDay(meta, "2025-05-20", "text");
  }

  @Test
  void shouldReadVisibleMicrodata() {
    assertDay(extract("de", "", "<div itemprop=\"datePublished\">20.06.2024 11:43</div>"), "2024-06-20",
        "microdata");
  }

  @Test
  void shouldReadTimeElementsWithoutAMachineReadableDatetime() {
    assertDay(extract("ja", "", "<li class=\"info\">質問日時：<time>2024/07/13 01:10</time></li>"), "2024-07-13",
        "time");
    assertDay(extract("de", "", "<time datetime=\"11.11.2024 18:00\">Donnerstag</time>"), "2024-11-11", "time");
  }

  @Test
  void shouldReadADateCreatedOfAnyJsonLdObject() {
    assertDay(extract("en", "<script type=\"application/ld+json\">{\"@type\":\"VideoObject\",\"uploadDate\":"
        + "\"2024-10-16T18:15:00Z\"}</script>", ""), "2024-10-16", "json-ld");
  }

  @Test
  void shouldReadADateWrittenNextToTheHeadline() {
    assertDay(extract("de", "", "<div><h1>Feuerwehr übt</h1><p class=\"subtitle\"><span>Hamburg, 2. November 2024"
        + "</span></p><p>Text.</p></div>"), "2024-11-02", "headline");
    assertDay(extract("pt", "", "<header><h1>Goiás vence</h1><p class=\"tagline\">22/11/2024 - 04:30</p></header>"),
        "2024-11-22", "headline");
  }

  @Test
  void shouldReadAmbiguousSlashDatesInTheOrderThePageShowsElsewhere() {
    ArticleMetadata meta = extract("en", "", "<h1>Fair returns</h1><span class=\"date\">04/03/2025</span>"
        + "<ul><li><span class=\"time\">25/02/2025</span></li></ul>");
    assertDay(meta, "2025-03-04", "text");
    assertDay(extract("en", "", "<h1>Fair returns</h1><span class=\"date\">04/03/2025</span>"), "2025-04-03",
        "text");
  }

  @Test
  void shouldNotBelieveAWrittenDateAfterTheFetch() {
    ArticleMetadata meta = extract("en", "", "<h1>Looking ahead</h1><span class=\"date\">June 20, 2025</span>");
    assertThat(meta.published()).isNull();
  }

  @Test
  void shouldReadCamelCaseAndOtherLanguagesDateClasses() {
    assertDay(extract("de", "", "<div class=\"post\"><span class=\"itemPostDate\">am 25.08.2024 22:30</span></div>"),
        "2024-08-25", "text");
    assertDay(extract("nl", "", "<div class=\"artikel\"><span class=\"datum\">16 maart 2025</span></div>"),
        "2025-03-16", "text");
    assertDay(extract("de", "", "<div class=\"entry-meta\">Peter Muster / 07.11.2024 / 09:30</div>"),
        "2024-11-07", "text");
  }

  @Test
  void shouldReadADateInTheBylineAndInsideAPageWideForm() {
    assertDay(extract("de", "", "<p class=\"dachzeile author\"><em>von</em> Fred Muster <em>31.10.2024</em></p>"),
        "2024-10-31", "byline");
    assertDay(extract("en", "", "<form id=\"aspnetForm\"><div class=\"news\"><span class=\"date\">Blog entry by "
        + "Ana Lima | 28 April, 2025</span></div></form>"), "2025-04-28", "text");
  }

  @Test
  void shouldReadADayFirstDateInTheCanonicalUrl() {
    assertDay(extract("de", "<link rel=\"canonical\" href=\"https://news.example/meldungen/29-10-2024\">", ""),
        "2024-10-29", "url");
  }

  @Test
  void shouldCountRelativeTimesBackFromAKnownFetchTime() {
    assertDay(extract("en", "", "<h1>Storm</h1><span class=\"time\">3 hours ago</span>"), "2025-06-01", "relative");
    assertDay(extract("de", "", "<h1>Sturm</h1><span class=\"zeit date\">vor 2 Tagen</span>"), "2025-05-30",
        "relative");
    assertDay(extract("fr", "", "<h1>Tempête</h1><span class=\"date\">il y a 14 heures</span>"), "2025-05-31",
        "relative");
    assertDay(extract("zh", "", "<h1>暴风</h1><span class=\"time\">昨天 10:30</span>"), "2025-05-31", "relative");
  }

  @Test
  void shouldNotReadRelativeTimesWithoutAFetchTime() {
    Document doc = Jsoup.parse("<html lang=en><body><h1>Storm</h1><span class=\"time\">3 hours ago</span>"
        + "</body></html>");
    assertThat(extractor.extract(doc, JsonLd.of(doc), null).published()).isNull();
  }

  @Test
  void shouldIgnoreRelativeTimesThatAreNotPublishTimes() {
    assertThat(RelativeDates.read("99999999999999999999999 days ago", FETCHED)).isNull();
    assertThat(RelativeDates.read("5000 days ago", FETCHED)).isNull();
    assertThat(RelativeDates.read("Morning edition", FETCHED)).isNull();
  }
}
