package dev.newsflow.bench;

import dev.newsflow.enrich.stories.InMemoryStoryIndex;
import dev.newsflow.enrich.stories.Stories;
import dev.newsflow.enrich.stories.StoryArticle;
import dev.newsflow.enrich.stories.StoryDecision;
import dev.newsflow.enrich.stories.StoryMatcher;
import dev.newsflow.enrich.stories.StorySettings;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Story;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * Story assignment cost with many live stories: fills an {@link InMemoryStoryIndex} with synthetic stories (words
 * and entities drawn with a skew, so some keys are shared by thousands of stories, as countries and common words
 * are), then times, per article, what the topology does: {@link StoryMatcher#decide} plus folding the article into
 * its story ({@link Stories#absorb}) and re-indexing it. Half of the timed articles follow up an existing story, half
 * start a new one. Figures are per article on one thread.
 *
 * <p>Not thread-safe; single-threaded by design.
 */
public final class StoryBenchmark {

  /**
   * The figures of a run.
   *
   * @param stories live stories in the index when timing started
   * @param articles articles timed
   * @param joined timed articles that joined an existing story
   * @param p50Micros median time per article, microseconds
   * @param p99Micros 99th percentile, microseconds
   * @param p50CpuMicros median of the thread's CPU time per article (steadier on a shared machine), microseconds
   * @param p99CpuMicros 99th percentile of the CPU time, microseconds
   * @param fillMillis time to build and index the stories
   */
  public record Result(int stories, int articles, int joined, double p50Micros, double p99Micros,
      double p50CpuMicros, double p99CpuMicros, long fillMillis) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final int VOCABULARY = 60_000;
  private static final int ENTITY_POOL = 30_000;

  private final int stories;
  private final int articles;
  private final long seed;

  public StoryBenchmark(int stories, int articles, long seed) {
    if (stories < 1 || articles < 1) {
      throw new IllegalArgumentException("stories and articles must be positive");
    }
    this.stories = stories;
    this.articles = articles;
    this.seed = seed;
  }

  public Result run() {
    Random random = new Random(seed);
    StorySettings settings = StorySettings.defaults();
    StoryMatcher matcher = new StoryMatcher(settings);
    InMemoryStoryIndex index = new InMemoryStoryIndex(settings.horizon());
    String[] words = vocabulary(VOCABULARY);
    List<Entity> entityPool = entities(ENTITY_POOL);
    long start = 0;
    long span = Duration.ofDays(25).toMillis(); // inside the horizon: every story stays live

    long fill = System.nanoTime();
    List<StoryArticle> firsts = new ArrayList<>(stories);
    for (int i = 0; i < stories; i++) {
      StoryArticle article = article("f" + i, words, entityPool, random, start + span * i / stories);
      firsts.add(article);
      Story story = Stories.of(Stories.idFor(article), article, article.time());
      index.put(story, matcher.keys(story).stream().map(String::intern).toList());
      index.assign(article.id(), story.getId());
      index.terms().add(matcher.distinctTerms(article));
    }
    long fillMillis = (System.nanoTime() - fill) / 1_000_000;

    Histogram histogram = new Histogram(Duration.ofSeconds(10).toNanos(), 3);
    Histogram cpu = new Histogram(Duration.ofSeconds(10).toNanos(), 3);
    int joined = 0;
    long now = start + span;
    int warmup = Math.min(2_000, articles);
    for (int i = 0; i < warmup + articles; i++) {
      StoryArticle article = random.nextBoolean()
          ? followUp("u" + i, firsts.get(random.nextInt(firsts.size())), words, random, now)
          : article("n" + i, words, entityPool, random, now);
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      StoryDecision decision = matcher.decide(article, index);
      Story current = decision.created() ? null : index.story(decision.storyId());
      Story contribution = Stories.of(decision.storyId(), article, now);
      Story story = current == null ? contribution : Stories.absorb(current, contribution, now);
      index.put(story, matcher.keys(story));
      index.assign(article.id(), decision.storyId());
      index.terms().add(matcher.distinctTerms(article));
      long nanos = System.nanoTime() - t0;
      long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
      if (i >= warmup) {
        histogram.recordValue(nanos);
        cpu.recordValue(Math.max(0, cpuNanos));
        joined += decision.created() ? 0 : 1;
      }
    }
    return new Result(stories, articles, joined, histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0, cpu.getValueAtPercentile(50) / 1000.0,
        cpu.getValueAtPercentile(99) / 1000.0, fillMillis);
  }

  /** Pseudo-words that no stemming rule changes (they end in k) and no stop word matches. */
  private static String[] vocabulary(int size) {
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      words[i] = ("w" + Integer.toString(i, 26).replace('0', 'q') + "k").intern();
    }
    return words;
  }

  private static List<Entity> entities(int size) {
    List<Entity> entities = new ArrayList<>(size);
    EntityType[] types = EntityType.values();
    for (int i = 0; i < size; i++) {
      entities.add(Entity.newBuilder().setName("Name" + i).setType(types[i % types.length])
          .setKbId(i % 2 == 0 ? "Q" + (1000 + i) : null).setMentions(1).setSalience(0.5).setSpans(List.of())
          .build());
    }
    return entities;
  }

  /** A skewed draw: low indexes are much more frequent, as in real text. */
  private static int skewed(Random random, int size) {
    return (int) Math.min(size - 1, Math.floor(Math.pow(size, random.nextDouble())) - 1);
  }

  private static StoryArticle article(String id, String[] words, List<Entity> pool, Random random, long time) {
    StringBuilder title = new StringBuilder();
    for (int w = 0; w < 8; w++) {
      title.append(words[skewed(random, words.length)]).append(' ');
    }
    StringBuilder lead = new StringBuilder();
    for (int w = 0; w < 50; w++) {
      lead.append(words[skewed(random, words.length)]).append(' ');
    }
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < 4; e++) {
      Entity entity = pool.get(skewed(random, pool.size()));
      entities.add(Entity.newBuilder(entity).setSalience(random.nextDouble()).build());
    }
    return new StoryArticle(id, title.toString().strip(), lead.toString().strip(), "outlet" + random.nextInt(500),
        time, entities, List.of(), null);
  }

  /** Another report of the story's first article: most words kept, some replaced. */
  private static StoryArticle followUp(String id, StoryArticle first, String[] words, Random random, long time) {
    return new StoryArticle(id, rewrite(first.title(), words, random), rewrite(first.lead(), words, random),
        "outlet" + random.nextInt(500), time, first.entities(), List.of(), null);
  }

  private static String rewrite(String text, String[] words, Random random) {
    String[] tokens = text.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      if (random.nextInt(3) == 0) {
        tokens[i] = words[skewed(random, words.length)];
      }
    }
    return String.join(" ", Arrays.asList(tokens));
  }

  /** Runs with {@code [stories [articles]]} (default 100,000 and 20,000) and prints the figures. */
  public static void main(String[] args) {
    int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Result r = new StoryBenchmark(stories, articles, 42).run();
    System.out.printf("stories=%d articles=%d joined=%d p50=%.1fus p99=%.1fus cpu p50=%.1fus p99=%.1fus "
        + "fill=%dms%n", r.stories(), r.articles(), r.joined(), r.p50Micros(), r.p99Micros(), r.p50CpuMicros(),
        r.p99CpuMicros(), r.fillMillis());
  }
}
