package dev.newsflow.schemas.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics that are missing (Kafka Streams stops if its source topic does not exist, and production clusters
 * often disable auto-creation). Topics that exist are left as they are, even if their settings differ, so repeated
 * runs and concurrent instances are fine. Stateless and thread-safe.
 */
public final class TopicCreator {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private TopicCreator() {}

  /**
   * Ensures each of the pipeline's topics exists.
   *
   * @param partitions partitions of newly created topics
   * @param replication replication factor of newly created topics; -1 takes the broker's default
   */
  public static void ensure(KafkaSettings settings, Collection<String> topics, int partitions, short replication) {
    ensure(settings, topics, partitions, replication, Map.of());
  }

  /**
   * Ensures each of the pipeline's topics exists, creating missing ones with {@code topicConfigs} (such as
   * {@code max.message.bytes}); topics that exist keep their settings.
   */
  public static void ensure(KafkaSettings settings, Collection<String> topics, int partitions, short replication,
      Map<String, String> topicConfigs) {
    List<NewTopic> specs = new ArrayList<>();
    for (String topic : topics) {
      NewTopic spec = replication < 0 ? new NewTopic(topic, Optional.of(partitions), Optional.empty())
          : new NewTopic(topic, partitions, replication);
      specs.add(spec.configs(topicConfigs));
    }
    Map<String, Object> config = settings.clientConfig();
    config.remove("schema.registry.url");
    createIfAbsent(config, specs, TIMEOUT);
  }

  /** Creates the topics that do not exist yet on the cluster at {@code bootstrapServers}. */
  public static void createIfAbsent(String bootstrapServers, Collection<NewTopic> topics, Duration timeout) {
    Map<String, Object> config = new HashMap<>();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    createIfAbsent(config, topics, timeout);
  }

  /**
   * Creates the topics that do not exist yet.
   *
   * @param adminConfig admin client configuration (bootstrap servers and any security settings)
   * @param timeout for each topic's creation
   * @throws IllegalStateException naming every topic that could not be created, and why
   */
  public static void createIfAbsent(Map<String, Object> adminConfig, Collection<NewTopic> topics,
      Duration timeout) {
    if (topics.isEmpty()) {
      return;
    }
    Map<String, Object> config = new HashMap<>(adminConfig);
    config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    try (Admin admin = Admin.create(config)) {
      List<String> failures = new ArrayList<>();
      for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
        try {
          result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            failures.add(result.getKey() + ": " + e.getCause());
          }
        } catch (TimeoutException e) {
          failures.add(result.getKey() + ": no answer within " + timeout);
        }
      }
      if (!failures.isEmpty()) {
        throw new IllegalStateException("cannot create topics on " + config.get("bootstrap.servers") + ": "
            + failures);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
