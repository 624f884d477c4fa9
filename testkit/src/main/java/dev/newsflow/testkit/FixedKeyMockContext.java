package dev.newsflow.testkit;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The fixed-key view of Kafka's {@link MockProcessorContext}, to test a {@code FixedKeyProcessor} alone:
 * kafka-streams-test-utils has a mock context for {@code Processor} only. Everything is delegated to the mock, so
 * stores, punctuators, metrics and the captured forwards are read from it ({@link #mock()}). Not thread-safe.
 *
 * @param <K> key type, the same in and out
 * @param <V> forwarded value type
 */
public final class FixedKeyMockContext<K, V> implements FixedKeyProcessorContext<K, V> {

  private final MockProcessorContext<K, V> mock;

  public FixedKeyMockContext(MockProcessorContext<K, V> mock) {
    this.mock = Objects.requireNonNull(mock, "mock");
  }

  /**
   * A record as Streams would hand it to a fixed-key processor. The factory is Kafka's own way to make one outside
   * its package (the constructor is package-private).
   */
  public static <K, V> FixedKeyRecord<K, V> record(K key, V value, long timestamp) {
    return InternalFixedKeyRecordFactory.create(new Record<>(key, value, timestamp, new RecordHeaders()));
  }

  /** The mock this view writes to: its {@code forwarded()}, stores and punctuators. */
  public MockProcessorContext<K, V> mock() {
    return mock;
  }

  @Override
  public <K1 extends K, V1 extends V> void forward(FixedKeyRecord<K1, V1> record) {
    mock.forward(asRecord(record));
  }

  @Override
  public <K1 extends K, V1 extends V> void forward(FixedKeyRecord<K1, V1> record, String childName) {
    mock.forward(asRecord(record), childName);
  }

  private static <K1, V1> Record<K1, V1> asRecord(FixedKeyRecord<K1, V1> record) {
    return new Record<>(record.key(), record.value(), record.timestamp(), record.headers());
  }

  @Override
  public String applicationId() {
    return mock.applicationId();
  }

  @Override
  public TaskId taskId() {
    return mock.taskId();
  }

  @Override
  public Optional<RecordMetadata> recordMetadata() {
    return mock.recordMetadata();
  }

  @Override
  public Serde<?> keySerde() {
    return mock.keySerde();
  }

  @Override
  public Serde<?> valueSerde() {
    return mock.valueSerde();
  }

  @Override
  public File stateDir() {
    return mock.stateDir();
  }

  @Override
  public StreamsMetrics metrics() {
    return mock.metrics();
  }

  @Override
  public <S extends StateStore> S getStateStore(String name) {
    return mock.getStateStore(name);
  }

  @Override
  public Cancellable schedule(Duration interval, PunctuationType type, Punctuator callback) {
    return mock.schedule(interval, type, callback);
  }

  @Override
  public Cancellable schedule(Instant startTime, Duration interval, PunctuationType type, Punctuator callback) {
    return mock.schedule(startTime, interval, type, callback);
  }

  @Override
  public void commit() {
    mock.commit();
  }

  @Override
  public Map<String, Object> appConfigs() {
    return mock.appConfigs();
  }

  @Override
  public Map<String, Object> appConfigsWithPrefix(String prefix) {
    return mock.appConfigsWithPrefix(prefix);
  }

  @Override
  public long currentSystemTimeMs() {
    return mock.currentSystemTimeMs();
  }

  @Override
  public long currentStreamTimeMs() {
    return mock.currentStreamTimeMs();
  }
}
