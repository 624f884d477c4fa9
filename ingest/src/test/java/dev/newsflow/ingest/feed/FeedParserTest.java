package dev.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = FeedParserTest.class.getResourceAsStream("/web/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void shouldReadRss2ItemsWithFullContentAndResolveRelativeLinks() throws Exception {
    FeedParser.ParsedFeed feed = parser.parse(fixture("rss2.xml"), "application/rss+xml",
        URI.create("https://gazette.example/feed.xml"));

    assertThat(feed.title()).isEqualTo("Harbour Town Gazette");
    assertThat(feed.language()).isEqualTo("en-gb");
    assertThat(feed.items()).hasSize(2);
    FeedItem ferry = feed.items().get(0);
    assertThat(ferry.key()).isEqualTo("gazette-1001");
    assertThat(ferry.link()).isEqualTo("https://gazette.example/2025/11/ferry-timetable?utm_source=rss");
    assertThat(ferry.fullContent()).isTrue();
    assertThat(ferry.content()).contains("<p>The morning ferry leaves ten minutes earlier");
    assertThat(ferry.publishedAt()).isEqualTo(Instant.parse("2025-11-25T08:30:00Z"));
    assertThat(ferry.author()).isEqualTo("Maria Lind");
    assertThat(ferry.categories()).containsExactly("Transport", "Local");
    FeedItem library = feed.items().get(1);
    assertThat(library.link()).isEqualTo("https://gazette.example/2025/11/library-hours");
    assertThat(library.fullContent()).isFalse();
    assertThat(library.content()).isEqualTo("<p>The library will open on Sundays.</p>");
  }

  @Test
  void shouldReadAtomEntries() throws Exception {
    FeedParser.ParsedFeed feed = parser.parse(fixture("atom.xml"), "application/atom+xml",
        URI.create("https://bote.example/atom.xml"));

    assertThat(feed.title()).isEqualTo("Bergdorf Bote");
    assertThat(feed.items()).extracting(FeedItem::key)
        .containsExactly("urn:uuid:bote-entry-1", "urn:uuid:bote-entry-2");
    FeedItem first = feed.items().get(0);
    assertThat(first.title()).isEqualTo("Neue Seilbahn eröffnet");
    assertThat(first.link()).isEqualTo("https://bote.example/artikel/seilbahn");
    assertThat(first.fullContent()).isFalse();
    assertThat(first.content()).isEqualTo("Die Seilbahn fährt ab Samstag.");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-11-25T06:15:00Z"));
    FeedItem second = feed.items().get(1);
    assertThat(second.link()).isNull();
    assertThat(second.fullContent()).isTrue();
    assertThat(second.content()).contains("Wintermarkt beginnt");
  }

  @Test
  void shouldReadRss1Items() throws Exception {
    FeedParser.ParsedFeed feed = parser.parse(fixture("rss1.xml"), "application/rdf+xml",
        URI.create("https://valley.example/rss"));

    assertThat(feed.title()).isEqualTo("Valley Courier");
    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.link()).isEqualTo("https://valley.example/news/bridge");
      assertThat(item.title()).isEqualTo("Old bridge reopens after repairs");
      assertThat(item.publishedAt()).isEqualTo(Instant.parse("2025-11-23T10:00:00Z"));
    });
  }

  @Test
  void shouldRefuseAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path canary = dir.resolve("canary.txt");
    Files.writeString(canary, "CANARY-SECRET-42");
    byte[] evil = new String(fixture("xxe-feed.xml"), StandardCharsets.UTF_8)
        .replace("CANARY_PATH", canary.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(evil, "application/rss+xml", URI.create("https://evil.example/")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("DOCTYPE")
        .satisfies(e -> assertThat(stackText(e)).doesNotContain("CANARY-SECRET-42"));
  }

  @Test
  void shouldRefuseEntityExpansion() {
    assertThatThrownBy(() -> parser.parse(fixture("billion-laughs-feed.xml"), "application/rss+xml",
        URI.create("https://evil.example/")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void shouldRefuseSomethingThatIsNotAFeed() {
    assertThatThrownBy(() -> parser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
        "text/html", URI.create("https://x.example/"))).isInstanceOf(FeedParseException.class)
        .hasMessageContaining("not a readable RSS/Atom feed");
  }

  private static String stackText(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t).append('\n');
    }
    return out.toString();
  }

  static List<String> keys(FeedParser.ParsedFeed feed) {
    return feed.items().stream().map(FeedItem::key).toList();
  }
}
