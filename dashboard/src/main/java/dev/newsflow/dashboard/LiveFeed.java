package dev.newsflow.dashboard;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Entity;
import dev.newsflow.schema.Story;
import dev.newsflow.schema.Topic;
import dev.newsflow.schemas.json.AvroJson;
import dev.newsflow.schemas.kafka.DeadLetters;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the dashboard shows of the data itself: a small in-process reader of the enriched, dead-letter and stories
 * topics (all partitions assigned, no consumer group, committed records only) keeping bounded recent state: the
 * latest articles, entity and topic mentions of the last hour, the dead letters with their latest reasons, and the
 * live stories ({@link StoryBoard}). On start it reads back at most {@link #BACKFILL} records per partition of the
 * enriched and dead-letter topics, so a long topic costs nothing; the compacted stories topic is read from its
 * beginning, since a story's latest state may be old.
 *
 * <p>Thread-safe: one reader thread writes, HTTP threads read under the object's lock.
 */
public final class LiveFeed implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
  static final int BACKFILL = 200;
  static final int KEEP_ARTICLES = 100;
  static final int KEEP_DEAD_LETTERS = 20;
  static final int KEEP_MENTIONS = 20_000;
  static final Duration WINDOW = Duration.ofHours(1);
  static final int KEEP_STORIES = 5_000;
  /** How often to look for the stories topic while it does not exist (the topology creates it). */
  static final Duration LOOK_FOR_STORIES = Duration.ofSeconds(5);

  /** A short view of an enriched article for lists. */
  public record ArticleSummary(String id, String title, String source, String url, String language, int words,
      String fetchedAt, String enrichedAt, String duplicateOf, List<Map<String, String>> entities,
      List<String> topics) {}

  /** A dead letter: the stage that failed, the exception and message, where it came from. */
  public record DeadLetter(String stage, String exception, String message, String topic, String partition,
      String offset, String at) {}

  /** A name and how often it was seen. */
  public record Count(String name, long count) {}

  private record Mentions(Instant at, List<String> entities, List<String> topics) {}

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> deserializer;
  private final Deserializer<Story> storyDeserializer;
  private final StoryBoard stories = new StoryBoard(KEEP_STORIES);
  private final TopicNames topics;
  private final AtomicBoolean running = new AtomicBoolean();
  /** Whether the stories topic's partitions are assigned (read by the feed thread only). */
  private boolean storiesAssigned;
  private final Thread thread;

  private final LinkedHashMap<String, EnrichedArticle> articles = new LinkedHashMap<>();
  private final Deque<Mentions> mentions = new ArrayDeque<>();
  private final Deque<DeadLetter> deadLetters = new ArrayDeque<>();
  private final Map<String, Long> deadLettersByStage = new TreeMap<>();
  private long enrichedSeen;
  private long deadLetterCount;

  public LiveFeed(KafkaSettings settings, TopicNames topics) {
    this.topics = topics;
    Map<String, Object> config = new HashMap<>(settings.clientConfig());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dashboard");
    // A reader: looking for the stories topic must not create it with the broker's defaults (not compacted).
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    PipelineTopics typed = PipelineTopics.of(topics, config);
    this.deserializer = typed.enriched().valueDeserializer();
    this.storyDeserializer = typed.stories().valueDeserializer();
    this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "newsflow-dashboard-feed");
    thread.setDaemon(true);
  }

  public LiveFeed start() {
    if (running.compareAndSet(false, true)) {
      thread.start();
    }
    return this;
  }

  private void run() {
    try {
      assignRecent();
      long lookedForStories = System.nanoTime();
      while (running.get()) {
        if (!storiesAssigned && System.nanoTime() - lookedForStories > LOOK_FOR_STORIES.toNanos()) {
          assignStoriesIfCreated();
          lookedForStories = System.nanoTime();
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.topic().equals(topics.dlq())) {
            addDeadLetter(record);
          } else if (record.topic().equals(topics.stories())) {
            addStory(record);
          } else {
            addArticle(record);
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("dashboard feed stopped", e);
    } finally {
      consumer.close();
    }
  }

  /**
   * Assigns every partition of the three topics, starting at most {@link #BACKFILL} records before the end, the
   * stories topic at its beginning.
   */
  private void assignRecent() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(topics.enriched(), topics.dlq(), topics.stories())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
      if (infos != null) {
        infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
      }
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    for (TopicPartition partition : partitions) {
      boolean whole = partition.topic().equals(topics.stories());
      storiesAssigned |= whole;
      consumer.seek(partition, whole ? begin.get(partition) : Math.max(begin.get(partition),
          end.get(partition) - BACKFILL));
    }
  }

  /** Adds the stories topic, from its beginning, once it exists (the topology may create it after we start). */
  private void assignStoriesIfCreated() {
    List<PartitionInfo> infos = consumer.partitionsFor(topics.stories(), Duration.ofSeconds(5));
    if (infos == null || infos.isEmpty()) {
      return;
    }
    List<TopicPartition> stories = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    List<TopicPartition> partitions = new ArrayList<>(consumer.assignment());
    partitions.addAll(stories);
    consumer.assign(partitions); // the partitions assigned before keep their positions
    consumer.seekToBeginning(stories);
    storiesAssigned = true;
  }

  private void addArticle(ConsumerRecord<byte[], byte[]> record) {
    EnrichedArticle article;
    try {
      article = deserializer.deserialize(record.topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      LOG.debug("dashboard skips unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
      return;
    }
    if (article == null) {
      return;
    }
    List<String> entityNames = article.getEntities().stream().map(Entity::getName).distinct().toList();
    List<String> topicLabels = article.getTopics().stream().map(Topic::getLabel).distinct().toList();
    synchronized (this) {
      enrichedSeen++;
      articles.remove(article.getId());
      articles.put(article.getId(), article);
      while (articles.size() > KEEP_ARTICLES) {
        articles.remove(articles.keySet().iterator().next());
      }
      mentions.addLast(new Mentions(Instant.ofEpochMilli(record.timestamp()), entityNames, topicLabels));
      while (mentions.size() > KEEP_MENTIONS) {
        mentions.removeFirst();
      }
    }
  }

  private void addStory(ConsumerRecord<byte[], byte[]> record) {
    if (record.key() == null) {
      return; // not a story's record: the topic is keyed by story id
    }
    Story story = null;
    if (record.value() != null) {
      try {
        story = storyDeserializer.deserialize(record.topic(), record.headers(), record.value());
      } catch (RuntimeException e) {
        LOG.debug("dashboard skips unreadable story {}-{}@{}", record.topic(), record.partition(), record.offset());
        return;
      }
    }
    stories.apply(new String(record.key(), StandardCharsets.UTF_8), story);
  }

  private void addDeadLetter(ConsumerRecord<byte[], byte[]> record) {
    String stage = orUnknown(DeadLetters.get(record.headers(), DeadLetters.HEADER_STAGE));
    DeadLetter dead = new DeadLetter(stage, DeadLetters.get(record.headers(), DeadLetters.HEADER_EXCEPTION),
        abbreviate(DeadLetters.get(record.headers(), DeadLetters.HEADER_MESSAGE)),
        DeadLetters.get(record.headers(), DeadLetters.HEADER_TOPIC),
        DeadLetters.get(record.headers(), DeadLetters.HEADER_PARTITION),
        DeadLetters.get(record.headers(), DeadLetters.HEADER_OFFSET),
        Instant.ofEpochMilli(record.timestamp()).toString());
    synchronized (this) {
      deadLetterCount++;
      deadLettersByStage.merge(stage, 1L, Long::sum);
      deadLetters.addFirst(dead);
      while (deadLetters.size() > KEEP_DEAD_LETTERS) {
        deadLetters.removeLast();
      }
    }
  }

  /** The newest articles first. */
  public synchronized List<ArticleSummary> latest(int limit) {
    List<EnrichedArticle> newestFirst = new ArrayList<>(articles.values());
    java.util.Collections.reverse(newestFirst);
    return newestFirst.stream().limit(limit).map(LiveFeed::summary).toList();
  }

  /** One recent article as plain JSON, if still kept. */
  public synchronized Optional<String> articleJson(String id) {
    EnrichedArticle article = articles.get(id);
    return article == null ? Optional.empty() : Optional.of(AvroJson.toJson(article));
  }

  public synchronized long enrichedSeen() {
    return enrichedSeen;
  }

  public synchronized long deadLetterCount() {
    return deadLetterCount;
  }

  public synchronized Map<String, Long> deadLettersByStage() {
    return new TreeMap<>(deadLettersByStage);
  }

  public synchronized List<DeadLetter> latestDeadLetters() {
    return List.copyOf(deadLetters);
  }

  /** The top live stories (see {@link StoryBoard}). */
  public List<StoryBoard.StoryView> topStories(int limit) {
    return stories.top(limit);
  }

  /** Live stories kept now. */
  public int liveStories() {
    return stories.size();
  }

  /** The most mentioned entities (counted once per article) in the last hour of record time. */
  public List<Count> topEntities(int limit, Instant now) {
    return top(limit, now, true);
  }

  /** The most frequent topics in the last hour of record time. */
  public List<Count> topTopics(int limit, Instant now) {
    return top(limit, now, false);
  }

  private synchronized List<Count> top(int limit, Instant now, boolean entities) {
    Instant since = now.minus(WINDOW);
    while (!mentions.isEmpty() && mentions.peekFirst().at().isBefore(since)) {
      mentions.removeFirst();
    }
    Map<String, Long> counts = new HashMap<>();
    for (Mentions m : mentions) {
      for (String name : entities ? m.entities() : m.topics()) {
        counts.merge(name, 1L, Long::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private static ArticleSummary summary(EnrichedArticle a) {
    List<Map<String, String>> entities = a.getEntities().stream()
        .sorted(Comparator.comparingDouble(Entity::getSalience).reversed())
        .map(e -> Map.of("name", e.getName(), "type", e.getType().name())).toList();
    List<String> topicLabels = a.getTopics().stream().sorted(Comparator.comparingInt(Topic::getRank))
        .map(Topic::getLabel).toList();
    return new ArticleSummary(a.getId(), a.getTitle(), a.getSourceId(), a.getUrl(), a.getLanguage(),
        a.getWordCount(), String.valueOf(a.getFetchedAt()), String.valueOf(a.getEnrichedAt()), a.getDuplicateOf(),
        entities, topicLabels);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }

  private static String abbreviate(String message) {
    if (message == null) {
      return null;
    }
    return message.length() <= 300 ? message : message.substring(0, 300) + "…";
  }

  @Override
  public void close() {
    if (running.compareAndSet(true, false)) {
      consumer.wakeup();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      consumer.close();
    }
  }
}
