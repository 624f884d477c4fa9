package dev.newsflow.ingest;

import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.serde.AvroDeserializer;
import dev.newsflow.testkit.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads the articles of a raw topic back for assertions, keyed by the record key. */
public final class RawTopic {

  private RawTopic() {}

  /** The topic's committed records (waiting for {@code expected}, then one more poll), key to article. */
  public static Map<String, RawArticle> read(KafkaSettings kafka, String topic, int expected) {
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readCommitted(kafka.clientConfig(), topic, expected,
        Duration.ofSeconds(30));
    try (AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.class)) {
      deserializer.configure(kafka.clientConfig(), false);
      Map<String, RawArticle> articles = new LinkedHashMap<>();
      for (ConsumerRecord<byte[], byte[]> record : records) {
        articles.put(new String(record.key(), StandardCharsets.UTF_8), deserializer.deserialize(topic, record.value()));
      }
      return articles;
    }
  }

  /** How many records the topic holds (a map would hide re-sent duplicates). */
  public static int count(KafkaSettings kafka, String topic, int expected) {
    return TopicReader.readCommitted(kafka.clientConfig(), topic, expected, Duration.ofSeconds(30)).size();
  }
}
