package dev.newsflow.ingest.publish;

import dev.newsflow.schema.RawArticle;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.PipelineTopics;
import dev.newsflow.schemas.kafka.Topic;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * The one way raw articles reach Kafka: an idempotent producer (acks=all, retries, compression) keyed by the
 * article id, so retries never duplicate and one article always lands in one partition.
 *
 * <p>Thread-safe: one publisher is meant to be shared by all sources of a process.
 */
public final class ArticlePublisher implements AutoCloseable {

  private final KafkaProducer<String, RawArticle> producer;
  private final String topic;
  private final TopicRecordLimit recordLimit;

  public ArticlePublisher(KafkaSettings settings, String topic) {
    this.topic = Objects.requireNonNull(topic, "topic");
    Map<String, Object> config = settings.clientConfig();
    this.recordLimit = new TopicRecordLimit(config, topic);
    // Our defaults; anything the user passed through in clientProperties wins.
    config.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    // Articles are 5-50 KB: the default 16 KB batch would hold one each, defeating batching and compression.
    config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    // The producer checks a record's uncompressed size against max.request.size (1 MB by default), which refused
    // every page over 1 MB although ingest accepts 10 MB. The broker checks the compressed batch against its own
    // message.max.bytes (1 MB by default), which zstd-compressed pages of several MB fit in.
    config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    Topic<String, RawArticle> raw = PipelineTopics.raw(topic, config);
    this.producer = new KafkaProducer<>(config, raw.keySerializer(), raw.valueSerializer());
  }

  /** Sends one article; the future completes when the broker has it (or fails with the reason). */
  public CompletableFuture<RecordMetadata> publish(RawArticle article) {
    Objects.requireNonNull(article, "article");
    return send(new ProducerRecord<>(topic, article.getId(), article));
  }

  /**
   * Sends a tombstone for {@code id} (a null value under the article id): enrich forwards it to the enriched topic
   * and the sinks delete the article. The future completes when the broker has it.
   */
  public CompletableFuture<RecordMetadata> delete(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an article id is required");
    }
    return send(new ProducerRecord<>(topic, id, null));
  }

  private CompletableFuture<RecordMetadata> send(ProducerRecord<String, RawArticle> record) {
    CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
    try {
      producer.send(record, (metadata, error) -> {
        if (error instanceof RecordTooLargeException && record.value() != null) {
          result.completeExceptionally(tooLarge(record.value(), error));
        } else if (error != null) {
          result.completeExceptionally(error);
        } else {
          result.complete(metadata);
        }
      });
    } catch (RuntimeException e) {
      // Serialization and size errors are thrown by send() itself, not reported to the callback.
      result.completeExceptionally(e);
    }
    return result;
  }

  /**
   * The broker refused the record (over its message.max.bytes or the topic's max.message.bytes, counted after
   * compression): say which article, how big, and what to change, instead of Kafka's generic message.
   */
  private RecordTooLargeException tooLarge(RawArticle article, Exception error) {
    return new RecordTooLargeException("article " + article.getId() + " (" + article.getContent().length()
        + " characters of content) is larger than the broker accepts on topic " + topic
        + " even compressed; raise the topic's max.message.bytes (and the broker's message.max.bytes) or lower the"
        + " ingest size limit: " + error.getMessage(), error);
  }

  /**
   * The largest record batch the topic takes, in bytes after compression ({@code max.message.bytes}), or empty
   * when the broker cannot be asked. Asks the broker once (up to 5 s); not for the producer's callback thread.
   */
  public OptionalLong topicRecordLimit() {
    return recordLimit.bytes();
  }

  public void flush() {
    producer.flush();
  }

  public String topic() {
    return topic;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }
}
