package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.enrich.dedupe.Original;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dedupe stage of the topology, end to end through the test driver (band repartitions included). */
class DedupeTopologyTest {

  private static final Instant T0 = Instant.parse("2025-05-01T12:00:00Z");
  private static final String BRIDGE = "Northport's city council has approved plans for a new road and rail bridge "
      + "across the harbour, ending more than a decade of debate over how to relieve congestion on the old swing "
      + "bridge. After a meeting that ran past midnight, councillors voted 31 to 14 in favour of the 420-metre "
      + "crossing. The mayor called the decision the most important infrastructure choice this city has made in "
      + "fifty years. Opponents, led by the residents association, argued that the budget would squeeze spending "
      + "on schools and housing, and said the group would consider a legal challenge.";
  private static final String CHIPS = "Shares in the chipmaker rose four percent in Frankfurt on Monday after it "
      + "announced a plan to double output at its Dresden plant, creating hundreds of jobs in the region by 2028. "
      + "Analysts said the expansion reflected strong demand from carmakers and industrial customers, although "
      + "some warned that a slowdown in consumer electronics could leave the industry with spare capacity. The "
      + "company said the investment would be funded from cash flow and a new credit line agreed with its banks.";

  private EnrichTopologyHarness harness;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void setUp() {
    start(DedupeTopologyTest::atLeastOnce, UnaryOperator.identity());
  }

  /**
   * A harness over the topology whose clean stage is the real enricher, then {@code adjust}; a "simhash" hint (hex)
   * replaces the SimHash so tests can place articles at exact Hamming distances.
   */
  private void start(UnaryOperator<EnrichConfig.Builder> settings, UnaryOperator<EnrichedArticle> adjust) {
    if (harness != null) {
      harness.close();
    }
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(), Clock.fixed(T0, ZoneOffset.UTC));
    harness = EnrichTopologyHarness.start(settings, EnrichStages.cleanOnly(rawArticle -> {
      EnrichedArticle article = enricher.enrich(rawArticle);
      String simhash = rawArticle.getHints().get("simhash");
      if (simhash != null) {
        article.setSimhash(Long.parseUnsignedLong(simhash, 16));
      }
      return adjust.apply(article);
    }));
    raw = harness.raw();
    enriched = harness.enriched();
    dlq = harness.dlq();
  }

  // at_least_once as in EnrichTopologyTest: the driver's exactly-once simulation is not what is under test here.
  private static EnrichConfig.Builder atLeastOnce(EnrichConfig.Builder settings) {
    return settings.processingGuarantee("at_least_once");
  }

  @AfterEach
  void tearDown() {
    harness.close();
  }

  @Test
  void shouldDropAnExactRepeatOfTheSameId() {
    pipe("bridge", "Bridge approved", BRIDGE, T0);
    pipe("bridge", "Bridge approved", BRIDGE, T0.plusSeconds(3600));
    pipe("bridge", "Bridge approved", "  " + BRIDGE.toUpperCase() + "\n", T0.plusSeconds(7200));

    assertThat(enriched.readValue().getId()).isEqualTo("bridge");
    assertNothingElse();
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isEqualTo(2.0);
    assertThat(metric(DedupeMetrics.UPDATES)).isZero();
  }

  @Test
  void shouldPassAChangedTextUnderTheSameIdAsAnUpdate() {
    pipe("bridge", "Bridge approved", BRIDGE, T0);
    String corrected = BRIDGE.replace("31 to 14", "32 to 13");
    pipe("bridge", "Bridge approved (corrected)", corrected, T0.plusSeconds(600));

    EnrichedArticle first = enriched.readValue();
    EnrichedArticle update = enriched.readValue();
    assertThat(first.getText()).contains("31 to 14");
    assertThat(update.getId()).isEqualTo("bridge");
    assertThat(update.getText()).contains("32 to 13");
    assertThat(update.getDuplicateOf()).isNull();
    assertNothingElse();
    assertThat(metric(DedupeMetrics.UPDATES)).isEqualTo(1.0);
  }

  @Test
  void shouldMarkASyndicatedCopyUnderAnotherIdAsDuplicateOfTheFirstSeen() {
    pipe("outlet-a", "Bridge approved", BRIDGE, T0);
    pipe("outlet-b", "Northport says yes to the bridge", BRIDGE, T0.plusSeconds(60));

    TestRecord<String, EnrichedArticle> original = enriched.readRecord();
    TestRecord<String, EnrichedArticle> copy = enriched.readRecord();
    assertThat(original.key()).isEqualTo("outlet-a");
    assertThat(original.value().getDuplicateOf()).isNull();
    assertThat(copy.key()).isEqualTo("outlet-b");
    assertThat(copy.value().getDuplicateOf()).isEqualTo("outlet-a");
    assertThat(copy.value().getTitle()).isEqualTo("Northport says yes to the bridge");
    assertNothingElse();
    assertThat(metric(DedupeMetrics.NEAR_DUPLICATES_MARKED)).isEqualTo(1.0);
  }

  @Test
  void shouldPointACopyOfACopyAtTheOriginal() {
    // b is 2 bits from a, c is 2 bits from b but 4 from a: c only finds b, and b's entry names a as the original.
    long a = 0x1234_5678_9abc_def0L;
    pipeHashed("a", BRIDGE, a, T0);
    pipeHashed("b", BRIDGE + " Updated.", a ^ 0x0003_0000_0000_0000L, T0.plusSeconds(60));
    pipeHashed("c", BRIDGE + " Updated again.", a ^ 0x000f_0000_0000_0000L, T0.plusSeconds(120));

    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    assertThat(enriched.readValue().getDuplicateOf()).isEqualTo("a");
    EnrichedArticle copyOfCopy = enriched.readValue();
    assertThat(copyOfCopy.getId()).isEqualTo("c");
    assertThat(copyOfCopy.getDuplicateOf()).isEqualTo("a");
    assertNothingElse();
  }

  @Test
  void shouldMatchAtTheMaximumDistanceAndNotBeyond() {
    long a = 0x0f0f_0f0f_0f0f_0f0fL;
    pipeHashed("a", BRIDGE, a, T0);
    pipeHashed("three-bits", BRIDGE + " One.", a ^ 0b1_0000_0001_0000_0001L, T0.plusSeconds(1));
    // 4 bits from a and 7 from three-bits (one bit per band, so every band lookup finds a, and the distance says no)
    pipeHashed("four-bits", BRIDGE + " Two.", a ^ 0x0002_0002_0002_0002L, T0.plusSeconds(2));

    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    assertThat(enriched.readValue().getDuplicateOf()).isEqualTo("a");
    EnrichedArticle far = enriched.readValue();
    assertThat(far.getId()).isEqualTo("four-bits");
    assertThat(far.getDuplicateOf()).isNull();
    assertNothingElse();
  }

  @Test
  void shouldNotMarkDifferentStories() {
    pipe("bridge", "Bridge approved", BRIDGE, T0);
    pipe("chips", "Chipmaker expands", CHIPS, T0.plusSeconds(60));

    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    assertNothingElse();
    assertThat(metric(DedupeMetrics.NEAR_DUPLICATES_MARKED)).isZero();
  }

  @Test
  void shouldNotNearMatchShortTexts() {
    String brief = "The council approved the bridge by 31 votes to 14 after a long meeting.";
    pipe("short-a", "Bridge approved", brief, T0);
    pipe("short-b", "Bridge approved", brief, T0.plusSeconds(60));

    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    EnrichedArticle second = enriched.readValue();
    assertThat(second.getId()).isEqualTo("short-b");
    assertThat(second.getDuplicateOf()).isNull();
    assertNothingElse();
  }

  @Test
  void shouldHonourAConfiguredMinimumOfWords() {
    start(settings -> atLeastOnce(settings).dedupeMinWords(5), UnaryOperator.identity());
    String brief = "The council approved the bridge by 31 votes to 14 after a long meeting.";
    pipe("short-a", "Bridge approved", brief, T0);
    pipe("short-b", "Bridge approved", brief, T0.plusSeconds(60));

    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    assertThat(enriched.readValue().getDuplicateOf()).isEqualTo("short-a");
    assertNothingElse();
  }

  @Test
  void shouldLetEmptyTextArticlesThroughUnmarked() {
    // Only a title field: a lone line of text would be body text (issue 16), so the content is empty.
    pipeTitleOnly("empty-a", T0);
    pipeTitleOnly("empty-b", T0.plusSeconds(60));
    pipeTitleOnly("empty-a", T0.plusSeconds(120));

    for (String id : new String[] {"empty-a", "empty-b", "empty-a"}) {
      EnrichedArticle article = enriched.readValue();
      assertThat(article.getId()).isEqualTo(id);
      assertThat(article.getText()).isEmpty();
      assertThat(article.getWarnings()).isNotEmpty();
      assertThat(article.getDuplicateOf()).isNull();
    }
    assertNothingElse();
  }

  @Test
  void shouldForgetArticlesOlderThanTheRetention() {
    pipe("outlet-a", "Bridge approved", BRIDGE, T0);
    Instant later = T0.plus(Duration.ofDays(8));
    pipe("outlet-b", "Bridge approved", BRIDGE, later);
    pipe("outlet-a", "Bridge approved", BRIDGE, later.plusSeconds(1));

    assertThat(enriched.readValue().getId()).isEqualTo("outlet-a");
    EnrichedArticle lateCopy = enriched.readValue();
    assertThat(lateCopy.getId()).isEqualTo("outlet-b");
    assertThat(lateCopy.getDuplicateOf()).isNull();
    EnrichedArticle lateRepeat = enriched.readValue();
    assertThat(lateRepeat.getId()).isEqualTo("outlet-a");
    // outlet-b was indexed a second before: the late repeat of outlet-a is now the copy.
    assertThat(lateRepeat.getDuplicateOf()).isEqualTo("outlet-b");
    assertNothingElse();
    assertThat(metric(DedupeMetrics.EXACT_DUPLICATES_DROPPED)).isZero();
  }

  @Test
  void shouldPurgeExpiredContentHashesFromTheStore() {
    pipe("old", "Bridge approved", BRIDGE, T0);
    pipe("recent", "Chipmaker expands", CHIPS, T0.plus(Duration.ofDays(6)));
    KeyValueStore<String, ValueAndTimestamp<String>> store =
        harness.driver().getTimestampedKeyValueStore(ExactDedupeProcessor.STORE);
    assertThat(store.get("old")).isNotNull();

    pipe("newest", "Chipmaker expands", CHIPS + " Updated.", T0.plus(Duration.ofDays(8)));

    assertThat(store.get("old")).as("unseen for 8 days, retention 7").isNull();
    assertThat(store.get("recent")).isNotNull();
    assertThat(store.get("newest").timestamp()).isEqualTo(T0.plus(Duration.ofDays(8)).toEpochMilli());
    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getId)
        .containsExactly("old", "recent", "newest");
    assertNothingElse();
  }

  @Test
  void shouldHonourAConfiguredRetention() {
    start(settings -> atLeastOnce(settings).dedupeRetention(Duration.ofHours(1)), UnaryOperator.identity());
    pipe("outlet-a", "Bridge approved", BRIDGE, T0);
    pipe("outlet-b", "Bridge approved", BRIDGE, T0.plus(Duration.ofMinutes(59)));
    pipe("outlet-c", "Bridge approved", BRIDGE, T0.plus(Duration.ofHours(3)));

    assertThat(enriched.readValue().getDuplicateOf()).isNull();
    assertThat(enriched.readValue().getDuplicateOf()).isEqualTo("outlet-a");
    EnrichedArticle afterRetention = enriched.readValue();
    assertThat(afterRetention.getId()).isEqualTo("outlet-c");
    assertThat(afterRetention.getDuplicateOf()).isNull();
    assertNothingElse();
  }

  @Test
  void shouldRouteADedupeFailureToTheDlqNamingTheStage() {
    start(settings -> settings, article -> {
      if (article.getId().equals("broken")) {
        article.setContentHash(null);
      }
      return article;
    });
    pipe("broken", "Broken", BRIDGE, T0);
    pipe("fine", "Fine", CHIPS, T0.plusSeconds(1));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(EnrichTopology.DEDUPE_EXACT);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).contains("no content hash");
    assertThat(harness.rawArticleOf(dead).getId()).isEqualTo("broken");
    assertThat(enriched.readValue().getId()).isEqualTo("fine");
    assertNothingElse();
  }

  @Test
  void shouldNameEveryDedupeProcessorStoreAndRepartitionTopic() {
    TopologyDescription description = EnrichTopology.build(harness.config()).describe();
    String text = description.toString();
    assertThat(text).contains("dedupe-exact", "dedupe-exact-store", "dedupe-split-near", "dedupe-split-bypass",
        "dedupe-mark", "dedupe-merge");
    for (int band = 0; band < 4; band++) {
      assertThat(text).contains("dedupe-near-" + band, "dedupe-near-" + band + "-store",
          "dedupe-band-" + band + "-repartition");
    }
    assertThat(text).doesNotContain("KSTREAM-", "KTABLE-").doesNotContain("dedupe-near-4");
  }

  @Test
  void shouldRoundTripBandRecordsWithTheOriginalFoundSoFar() {
    Topic<String, EnrichedArticle> articles = harness.config().pipelineTopics().enriched();
    NearCandidateSerde serde = new NearCandidateSerde(articles.valueSerde(), articles.name());
    EnrichedArticle article = new ArticleEnricher(new ArticleCleaner(), Clock.fixed(T0, ZoneOffset.UTC))
        .enrich(article("x", "Bridge approved\n" + BRIDGE, Map.of()));
    for (Original original : new Original[] {null, new Original("first", 42L)}) {
      NearCandidate candidate = new NearCandidate(article, original);
      byte[] bytes = serde.serializer().serialize("app-dedupe-band-2-repartition", candidate);
      assertThat(serde.deserializer().deserialize("app-dedupe-band-2-repartition", bytes)).isEqualTo(candidate);
    }
    assertThat(serde.serializer().serialize("any", null)).isNull();
  }

  private void assertNothingElse() {
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(dlq.isEmpty()).isTrue();
  }

  private void pipe(String id, String title, String body, Instant at) {
    raw.pipeInput(id, article(id, title + "\n" + body, Map.of()), at);
  }

  private void pipeTitleOnly(String id, Instant at) {
    RawArticle article = article(id, "", Map.of());
    article.setTitle("Only a title");
    raw.pipeInput(id, article, at);
  }

  private void pipeHashed(String id, String body, long simhash, Instant at) {
    raw.pipeInput(id, article(id, "Title of " + id + "\n" + body, Map.of("simhash", Long.toHexString(simhash))), at);
  }

  private double metric(String operation) {
    return harness.metricTotal("stream-newsflow-dedupe-metrics", operation + "-total");
  }

  private static RawArticle article(String id, String content, Map<String, String> hints) {
    return RawArticle.newBuilder().setId(id).setSourceId("test").setSourceType(SourceType.FILE)
        .setContentType(ContentType.TEXT).setContent(content).setFetchedAt(T0).setHints(hints).build();
  }
}
