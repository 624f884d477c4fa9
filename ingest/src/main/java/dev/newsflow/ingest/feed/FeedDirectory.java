package dev.newsflow.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.config.IngestSettings;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicCreator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed list on a compacted Kafka topic ({@code news.feeds}), shared by every ingest instance: key = feed URL,
 * value = {@code {"interval":"5m"}} (or {@code {}} for the default interval), a tombstone removes the feed. The
 * instances form one consumer group on the topic, so Kafka assigns each partition, and with it each feed (the key
 * decides the partition), to exactly one instance; that instance's {@link FeedPoller} polls it. When partitions
 * move (an instance joins or leaves) their feeds are removed from one poller and added to another. Offsets are
 * never committed: on assignment the partition is read from its beginning (the topic is compacted, so that is the
 * current list).
 *
 * <p>A feed that moves to another instance starts there without that instance's seen set, so its recent items
 * are published once more under the same ids (harmless; enrich drops exact repeats).
 *
 * <p>Thread-safe; one background thread runs the consumer.
 */
public final class FeedDirectory implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedDirectory.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String DEFAULT_TOPIC = "news.feeds";
  public static final String DEFAULT_GROUP = "newsflow-ingest-feeds";
  /** Partitions of a feeds topic created when missing: room for a few instances to share the feeds. */
  public static final int DEFAULT_PARTITIONS = 6;

  private final Map<String, Object> clientConfig;
  private final String topic;
  private final String groupId;
  private final FeedPoller poller;
  /** The feeds of each partition this instance owns, with their interval (absent = the default). */
  private final Map<TopicPartition, Map<String, Optional<Duration>>> owned = new ConcurrentHashMap<>();
  private volatile KafkaConsumer<String, String> consumer;
  private Thread thread;
  private volatile boolean running;

  public FeedDirectory(KafkaSettings settings, String topic, String groupId, FeedPoller poller) {
    this.clientConfig = plainClientConfig(settings);
    this.topic = topic;
    this.groupId = groupId;
    this.poller = poller;
  }

  /** Creates the compacted topic if missing. */
  public static void ensureTopic(KafkaSettings settings, String topic, int partitions) {
    NewTopic spec = new NewTopic(topic, Optional.of(partitions), Optional.empty())
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    TopicCreator.createIfAbsent(plainClientConfig(settings), List.of(spec), Duration.ofSeconds(30));
  }

  /** Adds or updates a feed on the topic (interval null for the poller's default). */
  public static void put(KafkaSettings settings, String topic, String feedUrl, Duration interval) {
    String value = interval == null ? "{}" : "{\"interval\":\"" + interval + "\"}";
    send(settings, topic, feedUrl, value);
  }

  /** Removes a feed from the topic (a tombstone). */
  public static void remove(KafkaSettings settings, String topic, String feedUrl) {
    send(settings, topic, feedUrl, null);
  }

  private static void send(KafkaSettings settings, String topic, String key, String value) {
    Map<String, Object> config = plainClientConfig(settings);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
        new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot write feed " + key + " to " + topic + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Starts following the topic; feeds of assigned partitions are added to the poller (which must be started). */
  public synchronized void start() {
    if (running) {
      return;
    }
    Map<String, Object> config = new HashMap<>(clientConfig);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Cooperative: a joining instance takes partitions over without every other feed being dropped and re-added.
    config.putIfAbsent(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    running = true;
    thread = new Thread(this::run, "feed-directory");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    KafkaConsumer<String, String> c = consumer;
    try {
      c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          if (!partitions.isEmpty()) {
            LOG.info("feed directory {}: partitions revoked {}", groupId, partitions);
          }
          partitions.forEach(FeedDirectory.this::release);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
          partitions.forEach(FeedDirectory.this::release);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          if (partitions.isEmpty()) {
            return; // seekToBeginning(empty) would rewind every owned partition
          }
          LOG.info("feed directory {}: partitions assigned {}", groupId, partitions);
          c.seekToBeginning(partitions);
          partitions.forEach(p -> owned.putIfAbsent(p, new ConcurrentHashMap<>()));
        }
      });
      while (running) {
        for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(500))) {
          apply(record);
        }
      }
    } catch (WakeupException e) {
      // stop() woke us up
    } catch (RuntimeException e) {
      LOG.error("feed directory on {} stopped: {}", topic, e.toString(), e);
    } finally {
      owned.keySet().forEach(this::release);
      c.close(Duration.ofSeconds(10));
    }
  }

  private void apply(ConsumerRecord<String, String> record) {
    String feed = record.key();
    if (feed == null || feed.isBlank()) {
      return;
    }
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    Map<String, Optional<Duration>> feeds = owned.computeIfAbsent(partition, p -> new ConcurrentHashMap<>());
    if (record.value() == null) {
      if (feeds.remove(feed) != null) {
        poller.remove(feed);
        LOG.info("feed removed: {}", feed);
      }
      return;
    }
    Optional<Duration> interval = Optional.ofNullable(interval(record.value()));
    Optional<Duration> before = feeds.put(feed, interval);
    if (interval.equals(before)) {
      return; // unchanged: keep its schedule
    }
    if (before != null) {
      poller.remove(feed); // a new interval: reschedule
    }
    if (interval.isPresent()) {
      poller.add(feed, interval.get());
    } else {
      poller.add(feed);
    }
  }

  private static Duration interval(String value) {
    try {
      JsonNode node = JSON.readTree(value.getBytes(StandardCharsets.UTF_8));
      JsonNode interval = node == null ? null : node.get("interval");
      return interval == null || interval.isNull() ? null : IngestSettings.parseDuration(interval.asText());
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("feed directory: unreadable value '{}' ({}); default interval used", value, e.getMessage());
      return null;
    }
  }

  private void release(TopicPartition partition) {
    Map<String, Optional<Duration>> feeds = owned.remove(partition);
    if (feeds != null) {
      feeds.keySet().forEach(poller::remove);
    }
  }

  /** The feeds this instance polls now. */
  public Set<String> ownedFeeds() {
    Set<String> all = ConcurrentHashMap.newKeySet();
    owned.values().forEach(f -> all.addAll(f.keySet()));
    return all;
  }

  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    consumer.wakeup();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(15));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static Map<String, Object> plainClientConfig(KafkaSettings settings) {
    Map<String, Object> config = settings.clientConfig();
    // Only the article topics use Avro; this one carries plain strings.
    config.keySet().removeIf(k -> k.startsWith("schema.registry") || k.startsWith("basic.auth")
        || k.equals("auto.register.schemas") || k.equals("use.latest.version") || k.equals("specific.avro.reader"));
    return config;
  }
}
