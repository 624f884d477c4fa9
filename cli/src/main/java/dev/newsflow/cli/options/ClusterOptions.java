package dev.newsflow.cli.options;

import dev.newsflow.cli.errors.CommandFailure;
import dev.newsflow.schemas.kafka.ClusterProbe;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Options every service shares: where the cluster is, extra client properties (SASL/SSL pass straight through),
 * and the topic names. Precedence: flags, then environment variables, then defaults.
 */
public final class ClusterOptions {

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      defaultValue = "${env:NEWSFLOW_BOOTSTRAP_SERVERS:-localhost:9092}",
      description = "Kafka bootstrap servers (env NEWSFLOW_BOOTSTRAP_SERVERS; default ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(names = "--schema-registry", paramLabel = "URL",
      defaultValue = "${env:NEWSFLOW_SCHEMA_REGISTRY:-http://localhost:8081}",
      description = "Schema Registry URL(s) (env NEWSFLOW_SCHEMA_REGISTRY; default ${DEFAULT-VALUE}).")
  String schemaRegistry;

  @Option(names = "--client-config", paramLabel = "FILE",
      defaultValue = "${env:NEWSFLOW_CLIENT_CONFIG}",
      description = "A properties file of Kafka client settings (security.protocol, sasl.*, ssl.*, ...).")
  Path clientConfig;

  @Option(names = {"-X", "--property"}, paramLabel = "KEY=VALUE",
      description = "A Kafka client property; repeatable; wins over --client-config.")
  Map<String, String> properties = new LinkedHashMap<>();

  @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How long to wait for the cluster and the registry to answer before giving up "
          + "(default ${DEFAULT-VALUE}).")
  Duration connectTimeout;

  @Option(names = "--raw-topic", defaultValue = TopicNames.DEFAULT_RAW, description = "Default: ${DEFAULT-VALUE}.")
  String rawTopic;

  @Option(names = "--enriched-topic", defaultValue = TopicNames.DEFAULT_ENRICHED,
      description = "Default: ${DEFAULT-VALUE}.")
  String enrichedTopic;

  @Option(names = "--dlq-topic", defaultValue = TopicNames.DEFAULT_DLQ, description = "Default: ${DEFAULT-VALUE}.")
  String dlqTopic;

  @Option(names = "--stories-topic", defaultValue = TopicNames.DEFAULT_STORIES,
      description = "Story state, compacted, keyed by story id. Default: ${DEFAULT-VALUE}.")
  String storiesTopic;

  /**
   * The settings, once the cluster and the registry have answered within {@code --connect-timeout}.
   *
   * @throws CommandFailure saying which cannot be reached, and what to do
   */
  public KafkaSettings connect() {
    KafkaSettings settings = settings();
    ClusterProbe.problem(settings, connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout)
        .ifPresent(problem -> {
          throw new CommandFailure(problem);
        });
    return settings;
  }

  /**
   * The settings as given, without asking the cluster.
   *
   * @throws IllegalArgumentException when the {@code --client-config} file cannot be read
   */
  public KafkaSettings settings() {
    Map<String, String> client = new LinkedHashMap<>();
    if (clientConfig != null) {
      Properties file = new Properties();
      try (InputStream in = Files.newInputStream(clientConfig)) {
        file.load(in);
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("--client-config: no such file: " + clientConfig, e);
      } catch (AccessDeniedException e) {
        throw new IllegalArgumentException("--client-config: permission denied: " + clientConfig, e);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException("--client-config: cannot read " + clientConfig + ": " + e.getMessage(), e);
      }
      file.stringPropertyNames().forEach(name -> client.put(name, file.getProperty(name)));
    }
    client.putAll(properties);
    return new KafkaSettings(bootstrapServers, schemaRegistry, client);
  }

  public TopicNames topics() {
    return new TopicNames(rawTopic, enrichedTopic, dlqTopic, storiesTopic);
  }
}
