package dev.newsflow.schemas.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Issue 16, item 9 and issue 15, item 1: dead letters stay small and useful. */
class DeadLetterBoundsTest {

  /** About the size of a reader schema that a deserializer's message embeds. */
  private static final String SCHEMA_SIZED = "{\"type\":\"record\",\"fields\":[" + "x".repeat(30_000) + "]}";

  @Test
  void shouldKeepErrorHeadersSmallWhenTheMessageEmbedsASchema() {
    Exception error = new SerializationException("Schema id 7 cannot be read as RawArticle: " + SCHEMA_SIZED,
        new IllegalArgumentException("missing field content " + SCHEMA_SIZED));

    ProducerRecord<byte[], byte[]> dead = DeadLetters.of("dlq", consumed(bytes(10), bytes(20)), "deserialize",
        error);

    int errorHeaderBytes = 0;
    for (Header header : dead.headers()) {
      errorHeaderBytes += header.value().length;
    }
    assertThat(errorHeaderBytes).isLessThan(8 * 1024);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_EXCEPTION))
        .isEqualTo(SerializationException.class.getName());
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_MESSAGE))
        .startsWith("Schema id 7 cannot be read as RawArticle")
        .contains("root cause java.lang.IllegalArgumentException: missing field content")
        .hasSizeLessThanOrEqualTo(DeadLetterBounds.MAX_MESSAGE_CHARS);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STACKTRACE))
        .startsWith(SerializationException.class.getName())
        .contains("\tat dev.newsflow.schemas.kafka.DeadLetterBoundsTest")
        .contains("Caused by: java.lang.IllegalArgumentException")
        .hasSizeLessThanOrEqualTo(DeadLetterBounds.MAX_STACKTRACE_CHARS);
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");
    assertThat(DeadLetters.get(dead.headers(), DeadLetters.HEADER_OFFSET)).isEqualTo("42");
  }

  @Test
  void shouldLeaveARecordThatFitsAsItIs() {
    ProducerRecord<byte[], byte[]> dead = DeadLetters.of("dlq", consumed(bytes(10), bytes(1000)), "sink",
        new IllegalStateException("no"));

    assertThat(DeadLetterBounds.fit(dead, 1_048_576)).isSameAs(dead);
  }

  @Test
  void shouldCutAValueOverTheTopicLimitAndSaySo() {
    byte[] value = bytes(1_100_000);
    ProducerRecord<byte[], byte[]> dead = DeadLetters.of("dlq", consumed(bytes(32), value), "deserialize",
        new SerializationException("bad"));

    ProducerRecord<byte[], byte[]> fitted = DeadLetterBounds.fit(dead, 1_048_588);

    assertThat(recordBytes(fitted)).isLessThanOrEqualTo(1_048_588 - 100);
    assertThat(fitted.value()).isEqualTo(Arrays.copyOf(value, fitted.value().length));
    assertThat(fitted.value().length).isGreaterThan(1_000_000);
    assertThat(DeadLetters.get(fitted.headers(), DeadLetters.HEADER_VALUE_TRUNCATED)).isEqualTo("1100000");
    assertThat(DeadLetters.get(fitted.headers(), DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");
    assertThat(fitted.key()).isEqualTo(dead.key());
    assertThat(fitted.topic()).isEqualTo("dlq");
  }

  @Test
  void shouldDropLargeSourceHeadersAndCutALargeKey() {
    ConsumerRecord<byte[], byte[]> failed = consumed(bytes(100_000), bytes(10));
    failed.headers().add("trace", bytes(40_000));
    failed.headers().add("small", bytes(3));
    ProducerRecord<byte[], byte[]> dead = DeadLetters.of("dlq", failed, "sink", new IllegalStateException("x"));

    ProducerRecord<byte[], byte[]> fitted = DeadLetterBounds.fit(dead, 1_048_588);

    assertThat(fitted.headers().lastHeader("trace")).isNull();
    assertThat(fitted.headers().lastHeader("small")).isNull();
    assertThat(DeadLetters.get(fitted.headers(), DeadLetters.HEADER_HEADERS_DROPPED)).isEqualTo("2");
    assertThat(fitted.key()).hasSize(DeadLetterBounds.MAX_KEY_BYTES);
    assertThat(DeadLetters.get(fitted.headers(), DeadLetters.HEADER_KEY_TRUNCATED)).isEqualTo("100000");
    assertThat(fitted.value()).hasSize(10);
  }

  @Test
  void shouldNeverCutInsideASurrogatePair() {
    String text = "a".repeat(9) + "😀" + "b".repeat(10);

    String cut = DeadLetterBounds.cut(text, 11);

    assertThat(cut).isEqualTo("a".repeat(9) + "…");
  }

  private static ConsumerRecord<byte[], byte[]> consumed(byte[] key, byte[] value) {
    return new ConsumerRecord<>("news.raw", 2, 42L, key, value);
  }

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return bytes;
  }

  private static int recordBytes(ProducerRecord<byte[], byte[]> record) {
    int total = record.key().length + record.value().length;
    for (Header header : record.headers()) {
      total += header.key().getBytes(StandardCharsets.UTF_8).length + header.value().length;
    }
    return total;
  }
}
