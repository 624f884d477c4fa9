package dev.newsflow.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.extract.meta.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

  private static final String PROSE_1 = "The council voted on Tuesday to close the old bridge, citing cracks found "
      + "in two of its supports during a routine inspection last month.";
  private static final String PROSE_2 = "Engineers said repairs would take at least a year, and that a temporary "
      + "ferry service, paid for by the region, would run in the meantime.";
  private static final String PROSE_3 = "Shop owners on both banks worry about losing customers, though several "
      + "said safety had to come first, whatever the cost to business.";

  private final MainTextExtractor extractor = new MainTextExtractor();

  private MainText extract(String html) {
    Document doc = Jsoup.parse(html);
    return extractor.extract(doc, JsonLd.of(doc), "Bridge to close for repairs");
  }

  private static String article(String inner) {
    return "<html><body><div class='page'><div class='story'><h1>Bridge to close for repairs</h1>"
        + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p>" + inner + "<p>" + PROSE_3 + "</p></div></div></body></html>";
  }

  @Test
  void shouldKeepParagraphsSeparatedByBlankLinesWithoutTheHeadline() {
    MainText text = extract(article(""));
    assertThat(text.text()).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
    assertThat(text.source()).isEqualTo("dom");
  }

  @Test
  void shouldKeepSubheadingsInsideTheBody() {
    MainText text = extract(article("<h2>What happens next</h2>"));
    assertThat(text.text()).contains(PROSE_2 + "\n\nWhat happens next\n\n" + PROSE_3);
  }

  @Test
  void shouldDropRelatedStoriesList() {
    MainText text = extract(article("<ul><li><a href='/a'>Earlier: river levels rise again</a></li>"
        + "<li><a href='/b'>Ferry timetable changes for winter</a></li></ul>"));
    assertThat(text.text()).doesNotContain("Earlier").doesNotContain("Ferry timetable");
  }

  @Test
  void shouldDropShareBarsAndAdvertisementLabels() {
    MainText text = extract(article("<div class='share-tools'><span>Share on Facebook</span></div>"
        + "<div class='ad-slot'><span>Advertisement</span></div><p>Advertisement</p>"));
    assertThat(text.text()).doesNotContain("Facebook").doesNotContain("Advertisement");
  }

  @Test
  void shouldDropImageCaptions() {
    MainText text = extract(article("<figure><img src='x.jpg'><figcaption>The bridge at dusk. Photo: J. Doe"
        + "</figcaption></figure>"));
    assertThat(text.text()).doesNotContain("dusk").doesNotContain("J. Doe");
  }

  @Test
  void shouldDropCommentsLongerThanTheArticle() {
    String comment = "<div class='comment'><p>I have crossed this bridge every day for thirty years, and honestly, "
        + "the council should have acted sooner, much sooner, before it came to this.</p></div>";
    String html = article("").replace("</body>", "<section id='comments'>" + comment.repeat(8) + "</section></body>");
    MainText text = extract(html);
    assertThat(text.text()).startsWith(PROSE_1).doesNotContain("thirty years");
  }

  @Test
  void shouldIgnoreNavigationAndCookieBanner() {
    String html = article("").replace("<body>", "<body><div class='cookie-banner'><p>We use cookies to improve "
        + "your experience, as described in our policy.</p></div><nav><ul><li><a href='/'>Home</a></li></ul></nav>");
    assertThat(extract(html).text()).doesNotContain("cookies").doesNotContain("Home");
  }

  @Test
  void shouldJoinArticleSplitAcrossSiblingDivs() {
    String html = "<html><body><div class='main'><div class='text-block'><p>" + PROSE_1 + "</p></div>"
        + "<div class='ad'>Advertisement</div><div class='text-block'><p>" + PROSE_2 + "</p><p>" + PROSE_3
        + "</p></div><div class='text-block'><a href='/x'>Next story</a></div>"
        + "</div><div class='sidebar'><p>Most read today, a list of other things, with commas, commas.</p></div>"
        + "</body></html>";
    MainText text = extract(html);
    assertThat(text.text()).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
  }

  @Test
  void shouldPreferACompleteJsonLdArticleBody() {
    String body = PROSE_1 + " " + PROSE_2 + " " + PROSE_3;
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body + "\"}</script></head><body><div><p>" + PROSE_1 + "</p></div></body></html>";
    MainText text = extract(html);
    assertThat(text.source()).isEqualTo("json-ld");
    assertThat(text.text()).isEqualTo(body);
  }

  @Test
  void shouldIgnoreATruncatedJsonLdArticleBody() {
    String html = article("").replace("<html>", "<html><head><script type='application/ld+json'>"
        + "{\"@type\":\"NewsArticle\",\"articleBody\":\"The council voted on Tuesday...\"}</script></head>");
    MainText text = extract(html);
    assertThat(text.source()).isEqualTo("dom");
    assertThat(text.text()).endsWith(PROSE_3);
  }

  @Test
  void shouldFallBackToThePageWithAWarningWhenNoContainerScores() {
    MainText text = extract("<html><body><div>Short note.</div><div>Another one.</div></body></html>");
    assertThat(text.text()).contains("Short note.").contains("Another one.");
    assertThat(text.warnings()).isNotEmpty();
  }

  @Test
  void shouldReturnEmptyWithAWarningForAnEmptyPage() {
    MainText text = extract("<html><body></body></html>");
    assertThat(text.text()).isEmpty();
    assertThat(text.warnings()).containsExactly("no article text found");
  }

  @Test
  void shouldNotModifyTheDocument() {
    Document doc = Jsoup.parse(article("<div class='share'>Share</div>"));
    String before = doc.outerHtml();
    extractor.extract(doc, JsonLd.of(doc), null);
    assertThat(doc.outerHtml()).isEqualTo(before);
  }

  @Test
  void shouldKeepTheRestOfTheArticleInsideAPaywallWrapper() {
    String html = "<html><body><article><p>" + PROSE_1 + "</p><div class='paywall'><p>" + PROSE_2 + "</p><p>"
        + PROSE_3 + "</p><p>" + PROSE_1.replace("council", "mayor") + "</p></div></article></body></html>";
    MainText text = extract(html);
    assertThat(text.text()).contains(PROSE_2).contains(PROSE_3).contains("mayor");
  }

  @Test
  void shouldDropCommentsEvenWhenEachCommentIsCalledContent() {
    String comment = "<div class='comment'><div class='content'><p>Honestly, the council should have acted sooner, "
        + "much sooner, and everyone who lives here knew it, years ago, long before the cracks.</p></div></div>";
    String html = article("").replace("</body>", "<div id='comments'>" + comment.repeat(10) + "</div></body>");
    assertThat(extract(html).text()).startsWith(PROSE_1).doesNotContain("Honestly");
  }

  @Test
  void shouldKeepAnArticleInsideALayoutWrapperNamedAfterItsSidebar() {
    String html = "<html><body><div class='container has-sidebar'><article><p>" + PROSE_1 + "</p><p>" + PROSE_2
        + "</p></article><div class='sidebar'><p>About me: I write about bridges, ferries, and rivers.</p></div>"
        + "</div></body></html>";
    MainText text = extract(html);
    assertThat(text.text()).isEqualTo(PROSE_1 + "\n\n" + PROSE_2);
    assertThat(text.warnings()).isEmpty();
  }

  @Test
  void shouldDropAMoreStoriesListTogetherWithItsTitle() {
    MainText text = extract(article("<div class='heading'>More great stories</div><ul>"
        + "<li>The strange life of <a href='/1'>a river pilot</a></li><li>Why ferries <a href='/2'>run late</a></li>"
        + "<li>How bridges <a href='/3'>are inspected</a></li></ul>"));
    assertThat(text.text()).doesNotContain("More great stories").doesNotContain("river pilot");
    assertThat(text.text()).contains(PROSE_3);
  }

  @Test
  void shouldKeepAListOfSentencesThatCiteLinks() {
    String item = "<li><strong><a href='/n'>Ferry fares rise in spring.</a></strong> The operator blamed fuel costs "
        + "and said discounts for residents would stay in place.</li>";
    MainText text = extract(article("<ol>" + item.repeat(3) + "</ol>"));
    assertThat(text.text()).contains("Ferry fares rise in spring. The operator blamed fuel costs");
  }

  @Test
  void shouldDropAReadMoreLinkLineButKeepInlineLinksInProse() {
    MainText text = extract(article("<p><strong>READ MORE:</strong> <a href='/r'>Old bridge had a troubled "
        + "history</a></p><p>The inspection report is <a href='/pdf'>published online</a> for anyone to read.</p>"));
    assertThat(text.text()).doesNotContain("READ MORE").doesNotContain("troubled history");
    assertThat(text.text()).contains("The inspection report is published online for anyone to read.");
  }

  @Test
  void shouldDropAnInlineTagCloud() {
    MainText text = extract(article("<p><span>Tags: <a href='/t/1'>bridges</a>, <a href='/t/2'>ferries</a>, "
        + "<a href='/t/3'>council</a></span></p>"));
    assertThat(text.text()).doesNotContain("Tags");
  }

  @Test
  void shouldDropACaptionBoxWithoutFigureMarkup() {
    MainText text = extract(article("<div align='center'><img src='b.jpg'><br>The old bridge seen from the east "
        + "bank</div>"));
    assertThat(text.text()).doesNotContain("east bank").contains(PROSE_3);
  }

  @Test
  void shouldReadHtmlEscapedMarkupInAJsonLdArticleBody() {
    String body = "&lt;p&gt;" + PROSE_1 + "&lt;/p&gt;&lt;h2&gt;Next steps&lt;/h2&gt;&lt;p&gt;" + PROSE_2 + "&lt;/p&gt;";
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body + "\"}</script></head><body><div><p>" + PROSE_1 + "</p></div></body></html>";
    MainText text = extract(html);
    assertThat(text.source()).isEqualTo("json-ld");
    assertThat(text.text()).isEqualTo(PROSE_1 + "\n\nNext steps\n\n" + PROSE_2);
  }

  @Test
  void shouldPreferTheDomWhenItHoldsAsMuchAsTheJsonLdBody() {
    String html = article("<h2>What happens next</h2>").replace("<html>", "<html><head><script "
        + "type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + PROSE_1 + " " + PROSE_2 + " "
        + PROSE_3 + "\"}</script></head>");
    MainText text = extract(html);
    assertThat(text.source()).isEqualTo("dom");
    assertThat(text.text()).contains("\n\nWhat happens next\n\n");
  }

  @Test
  void shouldKeepAnEmbeddedPostInsideAWidgetBox() {
    MainText text = extract(article("<div class='article-widget'><blockquote class='embedded-post'><p>Repairs "
        + "start Monday <a href='/p'>pic.example/x</a></p>— City Council (@council) <a href='/s'>May 2</a>"
        + "</blockquote><img src='avatar.png'></div>"));
    assertThat(text.text()).contains("City Council (@council)");
  }

  @Test
  void shouldDropTheHeadlineEvenWhenItDiffersFromTheTitle() {
    Document doc = Jsoup.parse(article(""));
    MainText text = extractor.extract(doc, JsonLd.of(doc), "Bridge to close | Valley Post");
    assertThat(text.text()).startsWith(PROSE_1);
  }

  @Test
  void shouldDropAdLabelsInOtherLanguagesAndFiledUnderTrailers() {
    MainText text = extract(article("<p>Anzeige</p><p>Iklan</p>"));
    assertThat(text.text()).doesNotContain("Anzeige").doesNotContain("Iklan");
    MainText trailer =
        extract(article("").replace("</div></div>", "<p>Filed under: Bridges | Council</p></div></div>"));
    assertThat(trailer.text()).endsWith(PROSE_3);
  }

  @Test
  void shouldKeepATableWrappedInAFigureButNotAnImageCredit() {
    MainText text = extract(article("<figure class='wp-block-table'><table><tr><td>Closure starts</td><td>1 June"
        + "</td></tr></table></figure><figure><img src='c.jpg'><span class='credit'>J. Doe / Agency</span></figure>"));
    assertThat(text.text()).contains("Closure starts").contains("1 June").doesNotContain("J. Doe");
  }

  @Test
  void shouldKeepAnArticleThatAConsentDialogHidFromScreenReaders() {
    String html = "<html><body><div id='page' aria-hidden='true'><article><p>" + PROSE_1 + "</p><p>" + PROSE_2
        + "</p><p>" + PROSE_3 + "</p></article></div><div role='dialog' class='consent'><p>We value your privacy. "
        + "Accept all cookies, or manage your choices.</p></div></body></html>";
    MainText text = extract(html);
    assertThat(text.text()).isEqualTo(PROSE_1 + "\n\n" + PROSE_2 + "\n\n" + PROSE_3);
  }

  @Test
  void shouldDropAHiddenMenu() {
    MainText text = extract(article("<div style='display: none'><p>Sections, topics, and more, in the menu.</p>"
        + "</div>"));
    assertThat(text.text()).doesNotContain("Sections");
  }

  @Test
  void shouldNeverThrowOnGarbageOrDeepNesting() {
    java.util.Random random = new java.util.Random(42);
    StringBuilder garbage = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      garbage.append((char) random.nextInt(0x3000));
    }
    assertThat(extract(garbage.toString()).text()).isNotNull();
    String deep = "<div>".repeat(5_000) + "<p>" + PROSE_1 + "</p>" + "</div>".repeat(5_000);
    assertThat(extract("<html><body>" + deep + "</body></html>").text()).isEqualTo(PROSE_1);
  }
}
