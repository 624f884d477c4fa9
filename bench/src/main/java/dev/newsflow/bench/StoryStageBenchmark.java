package dev.newsflow.bench;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.ArticleTagger;
import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.stories.Stories;
import dev.newsflow.enrich.stories.StoryArticle;
import dev.newsflow.enrich.stories.StorySettings;
import dev.newsflow.enrich.topology.stories.StoriesStage;
import dev.newsflow.extract.ArticleCleaner;
import dev.newsflow.local.registry.EmbeddedSchemaRegistry;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.Topic;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.schemas.serde.AvroSerdeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/**
 * What the stories stage costs per article with many live stories: the stage alone (assign, the owner's fold, the
 * global store's update, with their RocksDB stores and record serdes) in Kafka's topology test driver, after
 * {@code liveStories} synthetic stories were loaded into its global store. The stories are made of the corpus's own
 * title and lead words and entities, so the articles' keys find full candidate lists; articles are cleaned and
 * tagged once before timing and get fresh ids and times on every pass.
 *
 * <p>One run per instance; not thread-safe.
 */
public final class StoryStageBenchmark {

  /** The figures of a run: per-article times in microseconds, the load of the live stories in milliseconds. */
  public record Result(String corpus, int pages, int liveStories, long loadMillis, long articles, double meanMicros,
      double p50Micros, double p99Micros, double cpuMeanMicros, double cpuP50Micros, double cpuP99Micros,
      long storiesPublished, long stateBytes) {}

  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final BenchCorpus corpus;
  private final int pages;
  private final int liveStories;
  private final Duration warmup;
  private final Duration duration;

  public StoryStageBenchmark(BenchCorpus corpus, int pages, int liveStories, Duration warmup, Duration duration) {
    this.corpus = corpus;
    this.pages = pages;
    this.liveStories = liveStories;
    this.warmup = warmup;
    this.duration = duration;
  }

  public Result run() throws IOException {
    List<EnrichedArticle> articles = tagged();
    Path stateDir = Files.createTempDirectory("newsflow-story-bench");
    EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0, null);
    PipelineTopics topics = PipelineTopics.of(new TopicNames("bench.raw", "bench.enriched", "bench.dlq",
        "bench.stories"), Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()));
    try (TopologyTestDriver driver = new TopologyTestDriver(topology(topics), properties(stateDir))) {
      TestInputTopic<String, Story> stories = driver.createInputTopic(topics.stories().name(),
          topics.stories().keySerde().serializer(), topics.stories().valueSerde().serializer());
      long loadStart = System.nanoTime();
      loadStories(stories, articles);
      long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
      TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(topics.enriched().name(),
          topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer());
      TestOutputTopic<String, EnrichedArticle> out = driver.createOutputTopic("bench.out",
          topics.enriched().keySerde().deserializer(), topics.enriched().valueSerde().deserializer());
      TestOutputTopic<String, Story> published = driver.createOutputTopic(topics.stories().name(),
          topics.stories().keySerde().deserializer(), topics.stories().valueSerde().deserializer());
      Loop loop = new Loop(in, out, published, articles);
      loop.run(warmup, null, null);
      Histogram times = new Histogram(3);
      Histogram cpu = new Histogram(3);
      loop.run(duration, times, cpu);
      return new Result(corpus.description(), articles.size(), liveStories, loadMillis, times.getTotalCount(),
          times.getMean() / 1000, times.getValueAtPercentile(50) / 1000.0, times.getValueAtPercentile(99) / 1000.0,
          cpu.getMean() / 1000, cpu.getValueAtPercentile(50) / 1000.0, cpu.getValueAtPercentile(99) / 1000.0,
          loop.published, size(stateDir));
    } finally {
      registry.close();
      deleteQuietly(stateDir);
    }
  }

  private List<EnrichedArticle> tagged() {
    ArticleEnricher enricher = new ArticleEnricher(new ArticleCleaner(), Clock.systemUTC());
    ArticleTagger tagger = ArticleTagger.shipped();
    List<EnrichedArticle> articles = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      RawArticle page = corpus.get();
      articles.add(tagger.tagTopics(tagger.tagEntities(enricher.enrich(page))));
    }
    return articles;
  }

  private static org.apache.kafka.streams.Topology topology(PipelineTopics topics) {
    StreamsBuilder builder = new StreamsBuilder();
    Topic<String, EnrichedArticle> enriched = topics.enriched();
    KStream<String, EnrichedArticle> in = builder.stream(enriched.name(),
        Consumed.with(enriched.keySerde(), enriched.valueSerde()));
    StoriesStage.apply(builder, in, StorySettings.defaults(), topics.stories(), new RecordLimits(16 << 20))
        .to("bench.out", Produced.with(enriched.keySerde(), enriched.valueSerde()));
    return builder.build();
  }

  private static Properties properties(Path stateDir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-bench");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return props;
  }

  /** Synthetic stories from the corpus's words and entities, last active within the 20 days before BASE. */
  private void loadStories(TestInputTopic<String, Story> stories, List<EnrichedArticle> articles) {
    Random random = new Random(1);
    List<String> words = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (EnrichedArticle article : articles) {
      StoryArticle features = StoryArticle.of(article);
      words.addAll(List.of((features.title() + " " + features.lead()).split("\\s+")));
      entities.addAll(article.getEntities());
    }
    long now = BASE.toEpochMilli();
    for (int i = 0; i < liveStories; i++) {
      String title = String.join(" ", pick(words, 8, random));
      String lead = String.join(" ", pick(words, 50, random));
      List<Entity> some = entities.isEmpty() ? List.of() : pick(entities, 4, random);
      long time = now - (long) (random.nextDouble() * Duration.ofDays(20).toMillis());
      StoryArticle synthetic = new StoryArticle("syn-" + i, title, lead, "outlet-" + random.nextInt(500), time,
          some, List.of(), null);
      Story story = Stories.of(Stories.idFor(synthetic), synthetic, now);
      stories.pipeInput(story.getId(), story);
    }
  }

  private static <T> List<T> pick(List<T> from, int count, Random random) {
    List<T> picked = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      picked.add(from.get(random.nextInt(from.size())));
    }
    return picked;
  }

  /** Pipes the articles round and round with fresh ids, timing each pipe; drains the outputs as it goes. */
  private static final class Loop {
    private final TestInputTopic<String, EnrichedArticle> in;
    private final TestOutputTopic<String, EnrichedArticle> out;
    private final TestOutputTopic<String, Story> stories;
    private final List<EnrichedArticle> articles;
    private long sequence;
    private long published;

    Loop(TestInputTopic<String, EnrichedArticle> in, TestOutputTopic<String, EnrichedArticle> out,
        TestOutputTopic<String, Story> stories, List<EnrichedArticle> articles) {
      this.in = in;
      this.out = out;
      this.stories = stories;
      this.articles = articles;
    }

    /** The driver processes on this thread, so its CPU time is the stage's (RocksDB's own threads aside). */
    void run(Duration time, Histogram times, Histogram cpu) {
      long end = System.nanoTime() + time.toNanos();
      while (System.nanoTime() < end) {
        EnrichedArticle template = articles.get((int) (sequence % articles.size()));
        Instant at = BASE.plusSeconds(sequence);
        EnrichedArticle article = EnrichedArticle.newBuilder(template).setId("bench-" + sequence)
            .setPublishedAt(at).build();
        sequence++;
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        in.pipeInput(article.getId(), article, at);
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        if (times != null) {
          times.recordValue(t1 - t0);
          cpu.recordValue(Math.max(0, c1 - c0));
        }
        out.readRecordsToList();
        published += stories.readRecordsToList().size();
      }
    }
  }

  /** Bytes on disk under {@code dir}: what the stage's RocksDB stores hold (live files, after flushes). */
  private static long size(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temp dir left behind is harmless
    }
  }
}
