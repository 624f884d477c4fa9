package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ops.metrics.PipelineMetrics;
import dev.newsflow.schemas.kafka.DeadLetters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The sink's dead-letter sender on a mock producer: what goes out, what is counted, and flush and close. */
class SinkDeadLettersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final SinkDeadLetters deadLetters =
      new SinkDeadLetters(producer, "it.dlq", new SinkMetrics(registry, "test-store"));

  private static ConsumerRecord<byte[], byte[]> record() {
    return new ConsumerRecord<>("it.enriched", 2, 41, "k".getBytes(StandardCharsets.UTF_8), new byte[] {0, 7, 7});
  }

  @Test
  void shouldSendTheOriginalBytesWithTheReasonAndTheSinkStage() {
    deadLetters.send(record(), new IllegalStateException("bad row"));

    assertThat(producer.history()).hasSize(1);
    ProducerRecord<byte[], byte[]> dead = producer.history().get(0);
    assertThat(dead.topic()).isEqualTo("it.dlq");
    assertThat(dead.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
    assertThat(dead.value()).containsExactly(0, 7, 7);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(SinkService.STAGE);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE)).isEqualTo("bad row");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_TOPIC)).isEqualTo("it.enriched");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_PARTITION)).isEqualTo("2");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_OFFSET)).isEqualTo("41");
  }

  /** Issue 15, item 1: a 2 MB article the store refuses still reaches the DLQ, cut to what Kafka admits. */
  @Test
  void shouldCutADeadLetterTooLargeForKafkasDefaultLimits() {
    byte[] value = new byte[2_000_000];
    deadLetters.send(new ConsumerRecord<>("it.enriched", 0, 7, "big".getBytes(StandardCharsets.UTF_8), value),
        new IllegalStateException("bad row"));

    ProducerRecord<byte[], byte[]> dead = producer.history().get(0);
    assertThat(dead.value().length).isBetween(1_000_000, SinkDeadLetters.MAX_RECORD_BYTES);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_VALUE_TRUNCATED)).isEqualTo("2000000");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo(SinkService.STAGE);
  }

  @Test
  void shouldCountEveryRecordSentInItsCounterAndTheMeters() {
    deadLetters.send(record(), new IllegalStateException("one"));
    deadLetters.send(record(), new IllegalArgumentException("two"));

    assertThat(deadLetters.count()).isEqualTo(2);
    assertThat(registry.get(PipelineMetrics.DLQ).tag("stage", SinkService.STAGE).counter().count()).isEqualTo(2.0);
  }

  @Test
  void shouldWaitForTheSentRecordsOnFlushAndCloseItsProducer() {
    deadLetters.send(record(), new IllegalStateException("bad row"));
    assertThat(producer.flushed()).isFalse();

    deadLetters.flush();
    assertThat(producer.flushed()).isTrue();

    deadLetters.close();
    assertThat(producer.closed()).isTrue();
  }
}
