package dev.newsflow.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.extract.CleanedArticle;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {

  private static final String BODY = """
      Harbour authorities in Westport closed the northern pier on Monday after inspectors found cracks in two of \
      its supporting columns, the port's director said.
      Fishing boats that normally moor at the pier were moved to the southern basin, where temporary berths have \
      been set up for the rest of the month.
      The director said repairs would take at least six weeks and cost about two million euros, to be shared \
      between the city and the regional government.
      """;

  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  @Test
  void shouldSplitSectionTitleAndBodyAndDropTrailingTeasersBetweenDashLines() {
    String text = "Local\nWestport Closes Northern Pier After Cracks Found in Columns\n" + BODY + """
        -
        Science3 weeks agoResearchers Map Seagrass Meadows Along the Coast
        -
        Business1 month agoShipping Firm Reports Record Quarter Despite Delays
        -
        Top Stories2 months agoCouncil Approves New Cycle Lanes for the Old Town
        """;
    CleanedArticle article = cleaner.clean(text);
    assertThat(article.section()).isEqualTo("Local");
    assertThat(article.title()).isEqualTo("Westport Closes Northern Pier After Cracks Found in Columns");
    assertThat(article.text()).startsWith("Harbour authorities in Westport")
        .endsWith("between the city and the regional government.")
        .doesNotContain("ago").doesNotContain("Seagrass").doesNotContain("\n-");
    assertThat(article.text().split("\n\n")).hasSize(3);
  }

  @Test
  void shouldDropTrailingListAfterRelatedMarker() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n" + BODY + """
        Related:
        Pier Inspections Ordered Across the Region
        Fishermen Worry About Winter Berths
        """);
    assertThat(article.text()).endsWith("regional government.").doesNotContain("Related").doesNotContain("Fishermen");
  }

  @Test
  void shouldDropTrailingReadMoreAndShareLines() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n" + BODY + "Share this\nRead more\n");
    assertThat(article.text()).endsWith("regional government.");
  }

  @Test
  void shouldDropBulletedHeadlineListsAtTheEnd() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n" + BODY + """
        • Storm Damage Closes Coastal Road
        • New Ferry Timetable Starts in March
        """);
    assertThat(article.text()).endsWith("regional government.");
  }

  @Test
  void shouldKeepTheArticlesOwnClosingBulletPoints() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n" + BODY + """
        What happens next:
        • inspections of the other piers by the end of March
        • a decision on compensation for fishermen
        """);
    assertThat(article.text()).endsWith("• a decision on compensation for fishermen");
  }

  @Test
  void shouldDropAlternatingHeadlineAndTimestampLines() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n" + BODY + """
        Storm Damage Closes Coastal Road
        Local · 3 hours ago
        New Ferry Timetable Starts in March
        Transport · 1 day ago
        """);
    assertThat(article.text()).endsWith("regional government.").doesNotContain("Storm Damage");
  }

  @Test
  void shouldKeepAShortClosingLineWithoutListEvidence() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n" + BODY + "Reporting by Ana Lima\n");
    assertThat(article.text()).endsWith("Reporting by Ana Lima");
  }

  @Test
  void shouldDropInlineReadMoreLinesInsideTheBody() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\nFirst paragraph of the story.\n"
        + "Read more: Pier Inspections Ordered Across the Region\nSecond paragraph of the story.");
    assertThat(article.text()).isEqualTo("First paragraph of the story.\n\nSecond paragraph of the story.");
  }

  @Test
  void shouldJoinParagraphsWithBlankLinesAndDetectTheLanguage() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier\n\n\n" + BODY);
    assertThat(article.text()).contains("director said.\n\nFishing boats");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.sources()).containsEntry("language", "detected").containsEntry("title", "text");
  }

  @Test
  void shouldDetectNonEnglishText() {
    CleanedArticle article = cleaner.clean("Hafen gesperrt\nDie Hafenbehörde hat am Montag den nördlichen Pier "
        + "gesperrt, nachdem Prüfer Risse in zwei Stützen gefunden hatten.");
    assertThat(article.language()).isEqualTo("de");
  }

  @Test
  void shouldNotTakeAParagraphAsTitle() {
    String paragraph = "Harbour authorities closed the pier ".repeat(10) + "on Monday.";
    CleanedArticle article = cleaner.clean(paragraph + "\nSecond paragraph.");
    assertThat(article.title()).isNull();
    assertThat(article.text()).startsWith("Harbour authorities");
  }

  // Issue 16, item 1: TEXT articles never lose text. The first four failed before: the paragraph or the first
  // line was taken as the title and dropped from the text, and the producer's title was ignored.

  @Test
  void shouldKeepAOneParagraphBodyAndTakeTheTitleFromTheHint() {
    String paragraph = "Harbour authorities in Westport closed the northern pier on Monday after inspectors found "
        + "cracks in two of its supporting columns, the port's director said.";
    CleanedArticle article = cleaner.clean(paragraph, "Westport closes northern pier");
    assertThat(article.title()).isEqualTo("Westport closes northern pier");
    assertThat(article.text()).isEqualTo(paragraph);
    assertThat(article.sources()).containsEntry("title", "hint");
  }

  @Test
  void shouldKeepEveryParagraphWhenTheHintIsNotInTheText() {
    CleanedArticle article = cleaner.clean(BODY, "Westport closes northern pier");
    assertThat(article.title()).isEqualTo("Westport closes northern pier");
    assertThat(article.text()).startsWith("Harbour authorities in Westport").contains("Fishing boats")
        .endsWith("regional government.");
    assertThat(article.text().split("\n\n")).hasSize(3);
  }

  @Test
  void shouldKeepAFirstLineThatLooksLikeATitleButIsNotTheHint() {
    CleanedArticle article = cleaner.clean("Pier closed\n" + BODY, "Westport closes northern pier");
    assertThat(article.title()).isEqualTo("Westport closes northern pier");
    assertThat(article.text()).startsWith("Pier closed\n\nHarbour authorities");
  }

  @Test
  void shouldKeepASingleShortLineAsTextWithoutAHint() {
    CleanedArticle article = cleaner.clean("Ships sailed again on Tuesday");
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("Ships sailed again on Tuesday");
  }

  @Test
  void shouldDropAFirstLineThatRepeatsTheHint() {
    CleanedArticle article = cleaner.clean("Westport Closes Northern Pier!\n" + BODY, "Westport closes northern pier");
    assertThat(article.title()).isEqualTo("Westport closes northern pier");
    assertThat(article.text()).startsWith("Harbour authorities in Westport");
  }

  @Test
  void shouldSplitTheScrapedShapeWhenTheHintMatchesItsHeadline() {
    String headline = "Westport Closes Northern Pier After Cracks Found in Columns";
    CleanedArticle article = cleaner.clean("Local\n" + headline + "\n" + BODY
        + "-\nScience3 weeks agoResearchers Map Seagrass Meadows\n-\nBusiness1 month agoShipping Firm Record\n",
        headline);
    assertThat(article.section()).isEqualTo("Local");
    assertThat(article.title()).isEqualTo(headline);
    assertThat(article.text()).startsWith("Harbour authorities").endsWith("regional government.");
  }

  @Test
  void shouldNotTakeAFirstSentenceAsTitleWithoutAHint() {
    CleanedArticle article = cleaner.clean("The pier closed on Monday.\nRepairs will take six weeks.");
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("The pier closed on Monday.\n\nRepairs will take six weeks.");
  }

  @Test
  void shouldKeepLinksWhenTheWholeTextIsALinkList() {
    CleanedArticle article = cleaner.clean("Latest\nIndex of Stories\nScience3 weeks agoA\n-\nBusiness1 month agoB");
    assertThat(article.text()).isNotEmpty();
  }

  @Test
  void shouldWarnOnEmptyText() {
    CleanedArticle article = cleaner.clean("   \n ");
    assertThat(article.text()).isEmpty();
    assertThat(article.warnings()).containsExactly("no article text found");
  }

  @Test
  void shouldRejectNullText() {
    assertThatThrownBy(() -> cleaner.clean(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
