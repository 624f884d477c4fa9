package dev.newsflow.schemas.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics when they are missing (Kafka Streams stops if its source topic does not exist, and
 * production clusters often disable auto-creation). Existing topics are left as they are. Stateless and thread-safe.
 */
public final class TopicCreator {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private TopicCreator() {}

  /**
   * Ensures each topic exists.
   *
   * @param partitions partitions of newly created topics
   * @param replication replication factor of newly created topics; -1 takes the broker's default
   */
  public static void ensure(KafkaSettings settings, Collection<String> topics, int partitions, short replication) {
    Map<String, Object> config = settings.clientConfig();
    config.remove("schema.registry.url");
    try (Admin admin = Admin.create(config)) {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : topics) {
        if (!existing.contains(topic)) {
          missing.add(replication < 0
              ? new NewTopic(topic, java.util.Optional.of(partitions), java.util.Optional.empty())
              : new NewTopic(topic, partitions, replication));
        }
      }
      if (!missing.isEmpty()) {
        createAll(admin, missing);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics " + topics, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create topics " + topics + " on " + settings.bootstrapServers()
          + ": " + e.getMessage(), e);
    }
  }

  private static void createAll(Admin admin, List<NewTopic> missing)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // Another instance may have created the same topic in the meantime; that is fine.
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }
}
