package dev.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken inputs to the clean stage (issue 3, robustness): each gives a clear outcome, a
 * {@link CleanedArticle} with warnings or an exception whose message names the limit. Timings are printed so the
 * figures in docs/performance.md can be reproduced.
 */
class ArticleCleanerRobustnessTest {

  private static final String PROSE = "The council met on Tuesday to discuss the new bridge over the river. ";

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void shouldRefusePagesOverTheSizeBudgetNamingTheLimit() {
    ArticleCleaner small = new ArticleCleaner(new CleanLimits(1_000, Duration.ofSeconds(5)));
    String page = "<p>" + "x".repeat(1_000) + "</p>";
    assertThatThrownBy(() -> small.clean(page, ContentKind.HTML, null, null))
        .isInstanceOf(ContentTooLargeException.class)
        .hasMessageContaining("1007 chars").hasMessageContaining("limit of 1000 chars")
        .hasMessageContaining("CleanLimits.maxContentChars");
    assertThatThrownBy(() -> small.clean("y".repeat(1_001), ContentKind.TEXT, null, null))
        .isInstanceOf(ContentTooLargeException.class);
  }

  @Test
  void shouldAcceptAPageExactlyAtTheSizeBudget() {
    ArticleCleaner small = new ArticleCleaner(new CleanLimits(1_000, Duration.ofSeconds(5)));
    String page = "<p>" + PROSE.repeat(10) + "</p>";
    String atLimit = page + " ".repeat(1_000 - page.length());
    assertThat(small.clean(atLimit, ContentKind.HTML, null, null).text()).startsWith("The council met");
  }

  @Test
  void shouldFailWithATimeoutOnceTheDeadlinePassed() {
    AtomicLong now = new AtomicLong();
    // Each clock read advances 3 s: the check after extraction sees 3 s spent against a 2 s budget.
    ArticleCleaner slow = new ArticleCleaner(new CleanLimits(1_000, Duration.ofSeconds(2)),
        () -> now.getAndAdd(3_000_000_000L));
    assertThatThrownBy(() -> slow.clean("<p>hello</p>", ContentKind.HTML, null, null))
        .isInstanceOf(CleanTimeoutException.class)
        .hasMessageContaining("3000 ms").hasMessageContaining("time budget of 2000 ms")
        .hasMessageContaining("html extraction");
  }

  @Test
  void shouldRejectInvalidLimits() {
    assertThatThrownBy(() -> new CleanLimits(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxContentChars");
    assertThatThrownBy(() -> new CleanLimits(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeBudget");
  }

  @Test
  void shouldWarnAboutAnEmptyDocument() {
    for (String empty : new String[] {"", "   \n\t ", "<html></html>", "<!DOCTYPE html>"}) {
      CleanedArticle article = cleaner.clean(empty, ContentKind.HTML, null, null);
      assertThat(article.text()).as("text of %s", empty).isEmpty();
      assertThat(article.warnings()).as("warnings of %s", empty).isNotEmpty();
    }
  }

  @Test
  void shouldKeepTheTextOfMalformedHtml() {
    String page = "<html><head><title>Broken</title><body><div><p>" + PROSE + "<b><i>unclosed</div></div></span>"
        + "<p>" + PROSE + "</td></tr></table><p>&amp &lt; &#xZZ; &bogus; <<<>>> " + PROSE;
    CleanedArticle article = cleaner.clean(page, ContentKind.HTML, null, null);
    assertThat(article.text()).contains("The council met on Tuesday").contains("unclosed").contains("&bogus;");
  }

  @Test
  void shouldRecoverTheBodyAfterAnUnclosedTitle() {
    // Strict HTML tokenising would read the rest of the page as title text; Jsoup re-reads it as markup at EOF.
    String page = "<html><head><title>Broken<body><p>" + PROSE + "</p></body></html>";
    CleanedArticle article = cleaner.clean(page, ContentKind.HTML, null, null);
    assertThat(article.text()).isEqualTo(PROSE.strip());
  }

  @Test
  void shouldWarnWhenAPageHasNoArticle() {
    StringBuilder page = new StringBuilder("<html><body><nav><a href=/>Home</a><a href=/news>News</a></nav><ul>");
    for (String headline : new String[] {"Budget approved", "Rovers win again", "Library hours cut",
        "New bakery opens", "Roadworks on Bridge Street"}) {
      page.append("<li><a href='/n'>").append(headline).append("</a></li>");
    }
    CleanedArticle article = cleaner.clean(page.append("</ul></body></html>").toString(), ContentKind.HTML, null, null);
    assertThat(article.text().length()).isLessThan(200);
    assertThat(article.warnings()).anyMatch(w -> w.contains("not be an article") || w.contains("no article"));
  }

  @Test
  void shouldWarnAboutBinaryGarbageDecodedAsWindows1252() {
    byte[] bytes = new byte[64 * 1024];
    new Random(42).nextBytes(bytes);
    String garbage = new String(bytes, Charset.forName("windows-1252"));
    CleanedArticle article = cleaner.clean(garbage, ContentKind.HTML, null, null);
    assertThat(article.text()).doesNotContain("\u0000");
    assertThat(article.warnings()).as("text: %.200s", article.text()).isNotEmpty();
    CleanedArticle asText = cleaner.clean(garbage, ContentKind.TEXT, null, null);
    assertThat(asText.warnings()).anyMatch(w -> w.startsWith("text looks like binary data"));
  }

  @Test
  void shouldWarnAboutReplacementCharactersFromInvalidUtf8() {
    byte[] latin1 = ("<p>" + PROSE.repeat(5) + "Caf\u00e9 cr\u00e8me, \u00fcber na\u00efve.</p>")
        .getBytes(StandardCharsets.ISO_8859_1);
    String misdecoded = new String(latin1, StandardCharsets.UTF_8);
    CleanedArticle article = cleaner.clean(misdecoded, ContentKind.HTML, null, null);
    assertThat(article.text()).contains("The council met").contains("Caf\uFFFD");
    assertThat(article.warnings()).anyMatch(w -> w.startsWith("4 replacement characters (U+FFFD)"));
  }

  @Test
  void shouldDropNulBytes() {
    String page = "<p>" + PROSE + "\u0000\u0000 NUL\u0000inside " + PROSE + "</p>\u0000<p title='a\u0000b'>" + PROSE;
    CleanedArticle article = cleaner.clean(page, ContentKind.HTML, null, null);
    assertThat(article.text()).doesNotContain("\u0000").contains("NUL").contains("inside");
    assertThat(cleaner.clean("Title\u0000\n" + PROSE + "\u0000", ContentKind.TEXT, null, null).text())
        .doesNotContain("\u0000");
  }

  @Test
  void shouldSurviveOneHundredThousandNestedDivsOnASmallStack() throws Exception {
    int depth = 100_000;
    String page = "<html><body>" + "<div>".repeat(depth) + "<p>" + PROSE.repeat(3) + "</p>" + "</div>".repeat(depth)
        + "<p>" + PROSE.repeat(3) + "</p></body></html>";
    timeParse("100k nested divs", page);
    // 256 KB of stack, a quarter of a default thread's: recursion per nesting level would overflow it long before
    // 100k levels, so passing here shows parse, extraction and our checks all walk the tree iteratively.
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      long start = System.nanoTime();
      try {
        outcome.set(cleaner.clean(page, ContentKind.HTML, null, null));
      } catch (Throwable t) {
        outcome.set(t);
      }
      report("100k nested divs (" + page.length() / 1024 + " KB), 256 KB stack", start);
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    assertThat(outcome.get()).isInstanceOf(CleanedArticle.class);
    assertThat(((CleanedArticle) outcome.get()).text()).contains("The council met on Tuesday");
  }

  @Test
  void shouldCleanOrTimeOutOnDeeplyNestedListsAndQuotes() {
    // Nested text blocks are the worst case for extractors that look for blocks inside blocks (quadratic): the
    // outcome must be the text or a timeout naming the budget, never a stalled thread or a StackOverflowError.
    int depth = 3_000;
    String page = "<body>" + "<blockquote><ul><li>".repeat(depth) + PROSE + "</li></ul></blockquote>".repeat(depth);
    timeParse("3k nested blockquote/ul/li", page);
    ArticleCleaner tight = new ArticleCleaner(new CleanLimits(CleanLimits.DEFAULT_MAX_CONTENT_CHARS,
        Duration.ofSeconds(2)));
    long start = System.nanoTime();
    try {
      CleanedArticle article = tight.clean(page, ContentKind.HTML, null, null);
      report("3k nested blockquote/ul/li: cleaned", start);
      assertThat(article.text()).contains("The council met on Tuesday");
    } catch (CleanTimeoutException e) {
      report("3k nested blockquote/ul/li: timed out", start);
      assertThat(e).hasMessageContaining("time budget of 2000 ms");
    }
  }

  @Test
  void shouldSurviveAGiantAttribute() {
    String page = "<html><body><div data-state='" + "{\"k\":\"v\"},".repeat(400_000) + "'><p>" + PROSE.repeat(4)
        + "</p></div><img alt=\"" + "a".repeat(1_000_000) + "\"></body></html>";
    long start = System.nanoTime();
    CleanedArticle article = cleaner.clean(page, ContentKind.HTML, null, null);
    report("giant attributes (" + page.length() / 1024 + " KB)", start);
    assertThat(article.text()).startsWith("The council met").doesNotContain("\"k\"");
  }

  @Test
  void shouldSurviveAHugeSingleLineOfText() {
    String line = PROSE.repeat(40_000); // about 2.8 MB, no newline
    long start = System.nanoTime();
    CleanedArticle html = cleaner.clean("<p>" + line + "</p>", ContentKind.HTML, null, null);
    CleanedArticle text = cleaner.clean("Section\nTitle line here\n" + line, ContentKind.TEXT, null, null);
    report("2.8 MB single line, html + text", start);
    assertThat(html.text()).hasSize(line.length() - 1);
    assertThat(text.text()).hasSize(line.length() - 1);
  }

  @Test
  void shouldCleanAPageJustUnderTheDefaultSizeBudget() {
    StringBuilder page = new StringBuilder("<html><head><title>Big</title></head><body><nav><a href=/>Home</a></nav>");
    int paragraph = 0;
    while (page.length() < CleanLimits.DEFAULT_MAX_CONTENT_CHARS - 10_000) {
      page.append("<div class='block'><h2>Part ").append(paragraph++).append("</h2><p>").append(PROSE.repeat(5))
          .append("<a href='/more'>more</a></p><ul><li>").append(PROSE).append("</li></ul></div>\n");
    }
    page.append("</body></html>");
    timeParse("5 MB page", page.toString());
    // A generous budget: this test records the cost (printed), it must not flake on a loaded machine.
    ArticleCleaner patient = new ArticleCleaner(new CleanLimits(CleanLimits.DEFAULT_MAX_CONTENT_CHARS,
        Duration.ofSeconds(60)));
    long start = System.nanoTime();
    CleanedArticle article = patient.clean(page.toString(), ContentKind.HTML, null, null);
    report("5 MB page (" + paragraph + " blocks)", start);
    assertThat(article.text()).contains("Part 0");
  }

  /** Jsoup's parse alone, to tell its cost from the extractors'; the depth shows whether Jsoup capped nesting. */
  private static void timeParse(String what, String page) {
    long start = System.nanoTime();
    Document doc = Jsoup.parse(page);
    int depth = 0;
    for (Element e = doc.body(); e != null && e.childrenSize() > 0; e = e.child(0)) {
      depth++;
    }
    report("jsoup parse only: " + what + " (tree depth " + depth + ")", start);
  }

  private static void report(String what, long startNanos) {
    System.out.printf(Locale.ROOT, "robustness %-40s %d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
  }
}
