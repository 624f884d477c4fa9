package dev.newsflow.ingest.publish;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The largest record batch a topic takes ({@code max.message.bytes}, which defaults to the broker's
 * {@code message.max.bytes}), asked of the broker the first time a refusal needs the number, then kept (a failed
 * lookup is tried again next time).
 *
 * <p>Thread-safe. Blocks up to a few seconds on its first call: never call it on a producer's callback thread.
 */
final class TopicRecordLimit {

  private static final Logger LOG = LoggerFactory.getLogger(TopicRecordLimit.class);
  private static final long TIMEOUT_SECONDS = 5;

  private final Map<String, Object> adminConfig;
  private final String topic;
  private Long bytes;

  /** @param clientConfig the Kafka client settings (bootstrap servers, security); only the admin keys are used */
  TopicRecordLimit(Map<String, Object> clientConfig, String topic) {
    this.adminConfig = clientConfig.entrySet().stream()
        .filter(entry -> AdminClientConfig.configNames().contains(entry.getKey()))
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    this.topic = topic;
  }

  /** The limit in bytes, or empty when the broker could not be asked. */
  synchronized OptionalLong bytes() {
    if (bytes == null) {
      long found = lookUp();
      if (found < 0) {
        return OptionalLong.empty();
      }
      bytes = found;
    }
    return OptionalLong.of(bytes);
  }

  private long lookUp() {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    try (Admin admin = Admin.create(adminConfig)) {
      Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .get(resource);
      ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
      return entry == null || entry.value() == null ? -1 : Long.parseLong(entry.value());
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.debug("cannot read max.message.bytes of {}: {}", topic, e.toString());
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
