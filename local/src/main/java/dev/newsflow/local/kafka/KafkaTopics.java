package dev.newsflow.local.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Idempotent topic creation against any Kafka cluster (embedded or not). Stateless and thread-safe. */
public final class KafkaTopics {

  private KafkaTopics() {
  }

  /**
   * Creates the topics that do not exist yet; topics that exist are left as they are (even if their partitions or
   * configs differ), so concurrent callers and repeated runs are fine.
   *
   * @param timeout for each admin request and for each topic's creation
   * @throws IllegalStateException if a topic cannot be created
   * @throws InterruptedException if interrupted while waiting
   */
  public static void createIfAbsent(String bootstrapServers, Collection<NewTopic> topics, Duration timeout)
      throws InterruptedException {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topics, "topics");
    if (topics.isEmpty()) {
      return;
    }
    try (Admin admin = Admin.create(BrokerAdmin.config(bootstrapServers, timeout))) {
      Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
      List<String> failures = new ArrayList<>();
      for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
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
        throw new IllegalStateException("cannot create topics " + failures);
      }
    }
  }
}
