package dev.newsflow.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from the beginning the way exactly-once tests must: committed records only, until the expected
 * count arrived, then one more poll so that an unexpected extra record shows up in the count. Stateless.
 */
public final class TopicReader {

  private static final Duration EXTRA_POLL = Duration.ofSeconds(1);

  private TopicReader() {}

  /**
   * The topic's committed records, raw.
   *
   * @param clientConfig client settings (bootstrap servers, security); a fresh consumer group is used
   * @param expected how many records to wait for
   * @param timeout how long to wait for them
   */
  public static List<ConsumerRecord<byte[], byte[]>> readCommitted(Map<String, Object> clientConfig, String topic,
      int expected, Duration timeout) {
    Map<String, Object> config = new HashMap<>(clientConfig);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic + "-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plus(timeout);
      while (records.size() < expected && Instant.now().isBefore(deadline)) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(EXTRA_POLL).forEach(records::add);
    }
    return records;
  }
}
