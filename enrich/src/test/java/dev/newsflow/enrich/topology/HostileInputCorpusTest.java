package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.extract.CleanLimits;
import dev.newsflow.extract.CleanTimeoutException;
import dev.newsflow.extract.ContentTooLargeException;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 8, hostile input: generated mutations of a real-shaped page ({@link HostilePages}) through the enrich
 * topology. Every case must end as exactly one enriched event (with the expected warning, if any) or exactly one
 * DLQ record naming the clean stage and the reason, and the next, healthy page must still be enriched. An enriched
 * outcome also proves the page stayed within the clean stage's time budget (its deadline is checked at the end of
 * extraction and would have sent the page to the DLQ); the timeout case shows that check firing. Memory: the cases
 * run in surefire's 1 GB heap; a case that needed more would fail with OutOfMemoryError.
 */
class HostileInputCorpusTest {

  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
  private static final CleanLimits DEFAULTS = CleanLimits.defaults();

  /** What a case must end as. */
  sealed interface Outcome permits Enriched, DeadLetter {}

  /** An enriched event whose text passes {@code check}; {@code warning} must be among its warnings unless null. */
  record Enriched(String warning, Consumer<String> check) implements Outcome {}

  /** A DLQ record from the clean stage with this exception and a message containing {@code message}. */
  record DeadLetter(Class<? extends Exception> exception, String message) implements Outcome {}

  /** One topology per set of limits, shared by the cases (building one costs about half a second). */
  private static final Map<CleanLimits, EnrichTopologyHarness> HARNESSES = new HashMap<>();

  /** Several at once: each has a state directory of its own, so the drivers never wait for each other's lock. */
  private static EnrichTopologyHarness harness(CleanLimits limits) {
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(limits), Clock.fixed(NOW, ZoneOffset.UTC));
    return EnrichTopologyHarness.start(EnrichStages.cleanOnly(enricher::enrich));
  }

  @AfterAll
  static void closeHarnesses() {
    HARNESSES.values().forEach(EnrichTopologyHarness::close);
    HARNESSES.clear();
  }

  static Stream<Arguments> corpus() {
    Consumer<String> hasLead = text -> assertThat(text).contains(HostilePages.LEAD);
    Consumer<String> anything = text -> { };
    return Stream.of(
        hostile("truncated in a tag, seed 1", () -> HostilePages.truncated(1), DEFAULTS, enriched(hasLead)),
        hostile("truncated in a tag, seed 2", () -> HostilePages.truncated(2), DEFAULTS, enriched(hasLead)),
        hostile("truncated in a tag, seed 3", () -> HostilePages.truncated(3), DEFAULTS, enriched(hasLead)),
        hostile("unclosed and doubled tags, seed 1", () -> HostilePages.brokenTags(1), DEFAULTS, enriched(anything)),
        hostile("unclosed and doubled tags, seed 2", () -> HostilePages.brokenTags(2), DEFAULTS, enriched(anything)),
        hostile("unclosed comment swallows the article", () -> HostilePages.unclosed("<!--"), DEFAULTS,
            new Enriched("no article text found", text -> assertThat(text).isEmpty())),
        hostile("unclosed script swallows the article", () -> HostilePages.unclosed("<script>"), DEFAULTS,
            new Enriched("no article text found", text -> assertThat(text).isEmpty())),
        hostile("unclosed title", () -> HostilePages.unclosed("<title>"), DEFAULTS, enriched(anything)),
        hostile("100k nested divs", () -> HostilePages.nested("<div>", "</div>", 100_000), DEFAULTS,
            enriched(hasLead)),
        hostile("100k unclosed inline tags", () -> HostilePages.nested("<b><i>", "", 50_000), DEFAULTS,
            enriched(hasLead)),
        hostile("100k nested divs over a 1 ms time budget", () -> HostilePages.nested("<div>", "</div>", 100_000),
            new CleanLimits(CleanLimits.DEFAULT_MAX_CONTENT_CHARS, Duration.ofMillis(1)),
            new DeadLetter(CleanTimeoutException.class, "time budget of 1 ms")),
        hostile("10 MB attribute", () -> HostilePages.giantAttribute(10 * 1024 * 1024), DEFAULTS,
            new DeadLetter(ContentTooLargeException.class, "over the clean stage limit")),
        hostile("3 MB attribute, under the size limit", () -> HostilePages.giantAttribute(3 * 1024 * 1024),
            DEFAULTS, enriched(text -> assertThat(text).contains(HostilePages.LEAD).doesNotContain("xxxx"))),
        hostile("NUL bytes", () -> HostilePages.withNuls(1), DEFAULTS,
            enriched(text -> assertThat(text).doesNotContain("\0").isNotBlank())),
        hostile("invalid UTF-8 decoded as UTF-8", () -> HostilePages.invalidUtf8(1), DEFAULTS,
            new Enriched("U+FFFD", text -> assertThat(text).contains("Fährboot"))),
        hostile("unpaired surrogates", HostilePages::loneSurrogates, DEFAULTS, enriched(hasLead)),
        hostile("binary data taken for HTML", () -> HostilePages.binary(1, 200_000), DEFAULTS,
            new Enriched("binary", anything)),
        hostile("2 MB single line", () -> HostilePages.hugeLine(2_000_000), DEFAULTS, enriched(hasLead)),
        hostile("billion laughs in the DOCTYPE", HostilePages::billionLaughs, DEFAULTS,
            enriched(text -> assertThat(text).contains(HostilePages.LEAD).doesNotContain("lollollol"))),
        hostile("external entity in the DOCTYPE", HostilePages::externalEntity, DEFAULTS,
            enriched(text -> assertThat(text).contains(HostilePages.LEAD).doesNotContain("root:"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void shouldEnrichOrDeadLetterEveryHostilePageAndKeepGoing(String name, Supplier<String> page, CleanLimits limits,
      Outcome expected) {
    EnrichTopologyHarness h = HARNESSES.computeIfAbsent(limits, HostileInputCorpusTest::harness);
    TestOutputTopic<String, EnrichedArticle> enriched = h.enriched();
    TestOutputTopic<byte[], byte[]> dlq = h.dlq();
    String id = "hostile-" + name;
    enriched.readRecordsToList(); // left over only if an earlier case failed: keep the failure to that case
    dlq.readRecordsToList();

    h.raw().pipeInput(id, article(id, page.get()));
    h.raw().pipeInput("healthy-" + name, article("healthy-" + name, HostilePages.page(4)));

    if (expected instanceof Enriched e) {
      assertThat(dlq.isEmpty()).as("no DLQ record").isTrue();
      EnrichedArticle out = enriched.readValue();
      assertThat(out.getId()).isEqualTo(id);
      e.check().accept(out.getText());
      if (e.warning() != null) {
        assertThat(out.getWarnings()).anyMatch(w -> w.contains(e.warning()));
      }
    } else if (expected instanceof DeadLetter d) {
      TestRecord<byte[], byte[]> dead = dlq.readRecord();
      assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.CLEAN);
      assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_EXCEPTION)).isEqualTo(d.exception().getName());
      assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains(d.message());
      assertThat(h.rawArticleOf(dead).getId()).isEqualTo(id);
    }
    if (limits.timeBudget().toMillis() < 100) {
      // So tight a budget may fail the small next page too: it must then be refused the same way, or be enriched;
      // either way exactly one outcome, and the topology keeps going.
      List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
      List<EnrichedArticle> out = enriched.readValuesToList();
      assertThat(dead.size() + out.size()).isEqualTo(1);
      dead.forEach(d -> assertThat(DeadLetters.get(d.headers(), DeadLetters.HEADER_EXCEPTION))
          .isEqualTo(CleanTimeoutException.class.getName()));
      out.forEach(o -> assertThat(o.getId()).isEqualTo("healthy-" + name));
      return;
    }
    assertThat(dlq.isEmpty()).isTrue();
    EnrichedArticle next = enriched.readValue();
    assertThat(next.getId()).as("the page after the hostile one").isEqualTo("healthy-" + name);
    assertThat(next.getText()).contains(HostilePages.LEAD);
    assertThat(enriched.isEmpty()).isTrue();
  }

  private static Arguments hostile(String name, Supplier<String> page, CleanLimits limits, Outcome outcome) {
    return Arguments.of(name, page, limits, outcome);
  }

  private static Enriched enriched(Consumer<String> check) {
    return new Enriched(null, check);
  }

  private static RawArticle article(String id, String html) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.HTML).setContent(html).setFetchedAt(NOW.minusSeconds(60)).build();
  }
}
