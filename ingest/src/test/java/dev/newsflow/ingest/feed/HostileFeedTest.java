package dev.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.newsflow.ingest.testing.HostileXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8, hostile input: generated mutations of an RSS feed ({@link HostileXml}) through {@link FeedParser}. Every
 * case ends as a parsed feed or a {@link FeedParseException} with a clear reason (which the poller reports against
 * the feed); nothing else may escape (no runtime exception, no StackOverflowError, no OutOfMemoryError in
 * surefire's 1 GB heap), and no entity is expanded or external file read.
 */
class HostileFeedTest {

  private static final URI BASE = URI.create("https://news.example/feed.xml");
  private static final String CANARY = "CANARY-SECRET-8";

  sealed interface Outcome permits Parsed, Refused {}

  /** A feed of at least {@code items} items, the first passing {@code check}. */
  record Parsed(int items, Consumer<FeedItem> check) implements Outcome {}

  /** A FeedParseException whose message contains {@code reason}. */
  record Refused(String reason) implements Outcome {}

  static Stream<Arguments> corpus() {
    Consumer<FeedItem> any = item -> { };
    return Stream.of(
        hostile("truncated in a tag at 30%", () -> utf8(HostileXml.truncated(HostileXml.rss(20, "", ""), 0.3)),
            new Refused("not a readable RSS/Atom feed")),
        hostile("truncated in a tag at 90%", () -> utf8(HostileXml.truncated(HostileXml.rss(20, "", ""), 0.9)),
            new Refused("not a readable RSS/Atom feed")),
        hostile("100k nested elements in a description",
            () -> utf8(HostileXml.rss(3, "", HostileXml.nested("div", 100_000))), new Refused("maxElementDepth")),
        hostile("500 nested elements in a description (under the depth cap)",
            () -> utf8(HostileXml.rss(3, "", HostileXml.nested("div", 500))), new Parsed(3, any)),
        hostile("10 MB attribute", () -> utf8(HostileXml.rss(3, "",
            "<span title=\"" + "x".repeat(10 * 1024 * 1024) + "\">x</span>")), new Parsed(3, any)),
        hostile("NUL bytes", () -> utf8(HostileXml.rss(3, "", "a\0b")), new Refused("not a readable RSS/Atom feed")),
        // ROME's XmlReader decodes leniently: the bad bytes become U+FFFD and the feed is read.
        hostile("invalid UTF-8", () -> HostileXml.invalidUtf8(HostileXml.rss(3, "", "")), new Parsed(3, any)),
        hostile("5 MB single line of text in a description",
            () -> utf8(HostileXml.rss(3, "", " ferry".repeat(900_000))),
            new Parsed(3, item -> assertThat(item.content()).hasSizeGreaterThan(5_000_000))),
        hostile("billion laughs", () -> utf8(HostileXml.rss(3, HostileXml.billionLaughsDoctype("rss"), "&lol9;")),
            new Refused("DOCTYPE")),
        hostile("external entity", () -> utf8(HostileXml.rss(3,
            HostileXml.externalEntityDoctype("rss", canary().toString()), "&xxe;")), new Refused("DOCTYPE")),
        hostile("external entity without a DOCTYPE reference (undeclared entity)",
            () -> utf8(HostileXml.rss(3, "", "&xxe;")), new Refused("not a readable RSS/Atom feed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void shouldParseOrRefuseEveryHostileFeed(String name, Supplier<byte[]> body, Outcome expected) {
    FeedParser parser = new FeedParser();
    byte[] bytes = body.get();
    Object outcome;
    try {
      outcome = parser.parse(bytes, "application/rss+xml", BASE);
    } catch (FeedParseException e) {
      outcome = e;
    }
    if (expected instanceof Parsed p) {
      assertThat(outcome).isInstanceOf(FeedParser.ParsedFeed.class);
      FeedParser.ParsedFeed feed = (FeedParser.ParsedFeed) outcome;
      assertThat(feed.items()).hasSizeGreaterThanOrEqualTo(p.items());
      p.check().accept(feed.items().get(0));
      assertThat(feed.items()).allSatisfy(i -> assertThat(i.content() + i.title()).doesNotContain(CANARY));
    } else if (expected instanceof Refused r) {
      assertThat(outcome).isInstanceOf(FeedParseException.class);
      assertThat(((Exception) outcome).getMessage()).contains(r.reason()).doesNotContain(CANARY);
    }
  }

  /** Outside the parameterised test so a case that swallowed the parser's exception cannot hide. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void shouldNeverThrowAnythingButFeedParseException(String name, Supplier<byte[]> body, Outcome expected) {
    Throwable thrown = catchThrowable(() -> new FeedParser().parse(body.get(), null, BASE));
    assertThat(thrown == null || thrown instanceof FeedParseException).as(String.valueOf(thrown)).isTrue();
  }

  private static Arguments hostile(String name, Supplier<byte[]> body, Outcome outcome) {
    return Arguments.of(name, body, outcome);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Path canary() {
    try {
      Path file = Files.createTempFile("hostile-feed-canary", ".txt");
      Files.writeString(file, CANARY);
      file.toFile().deleteOnExit();
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
