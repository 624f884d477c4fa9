package dev.newsflow.local;

import dev.newsflow.local.kafka.EmbeddedKafka;
import dev.newsflow.local.registry.EmbeddedSchemaRegistry;
import dev.newsflow.schemas.kafka.KafkaSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-machine stack behind {@code newsflow local} and {@code newsflow demo}: a real Kafka broker (KRaft, in a
 * child JVM by default so its threads and logs stay apart) and the embedded schema registry. With a data dir, both
 * keep their state across restarts; without one, everything lives in a temp dir removed on close.
 *
 * <p>Thread-safe for start/close.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

  private final EmbeddedKafka kafka;
  private final String host;
  private final int registryPort;
  private final Path registryState;
  private EmbeddedSchemaRegistry registry;

  private LocalStack(Builder b) {
    EmbeddedKafka.Builder kafkaBuilder = EmbeddedKafka.builder().host(b.host).port(b.kafkaPort)
        .childProcess(b.childProcess);
    if (b.dataDir != null) {
      try {
        Files.createDirectories(b.dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create data dir " + b.dataDir, e);
      }
      kafkaBuilder.dataDir(b.dataDir.resolve("kafka"));
    }
    this.kafka = kafkaBuilder.build();
    this.host = b.host;
    this.registryPort = b.registryPort;
    this.registryState = b.dataDir == null ? null : b.dataDir.resolve("schema-registry.json");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts the broker, then the registry; returns when both answer. */
  public synchronized LocalStack start() {
    Instant begin = Instant.now();
    kafka.start();
    if (registry == null) {
      registry = EmbeddedSchemaRegistry.start(host, registryPort, registryState);
    }
    LOG.info("local stack up in {} ms: Kafka {} , Schema Registry {}", Duration.between(begin, Instant.now()).toMillis(),
        kafka.bootstrapServers(), registry.url());
    return this;
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public synchronized String schemaRegistryUrl() {
    if (registry == null) {
      throw new IllegalStateException("local stack not started");
    }
    return registry.url();
  }

  /** Connection settings for services running against this stack. */
  public KafkaSettings settings() {
    return new KafkaSettings(bootstrapServers(), schemaRegistryUrl());
  }

  public EmbeddedKafka kafka() {
    return kafka;
  }

  @Override
  public synchronized void close() {
    if (registry != null) {
      registry.close();
      registry = null;
    }
    kafka.close();
  }

  /** Defaults: localhost, free ports, temp data, broker in a child JVM. Not thread-safe. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int kafkaPort;
    private int registryPort;
    private Path dataDir;
    private boolean childProcess = true;

    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** Kafka listener port; 0 picks a free one. */
    public Builder kafkaPort(int value) {
      this.kafkaPort = value;
      return this;
    }

    /** Registry port; 0 picks a free one. */
    public Builder registryPort(int value) {
      this.registryPort = value;
      return this;
    }

    /** Keep broker and registry state here across restarts; null for a temp dir. */
    public Builder dataDir(Path value) {
      this.dataDir = value;
      return this;
    }

    public Builder childProcess(boolean value) {
      this.childProcess = value;
      return this;
    }

    public LocalStack build() {
      return new LocalStack(this);
    }
  }
}
