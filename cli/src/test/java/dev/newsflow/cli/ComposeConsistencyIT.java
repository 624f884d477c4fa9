package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichMetrics;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ScrapedMetrics;
import dev.newsflow.ops.metrics.ServiceMetrics;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.schemas.kafka.TopicNames;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkService;
import dev.newsflow.sink.jsonl.JsonLinesStore;
import dev.newsflow.testkit.Await;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its internal consistency is checked instead: brokers,
 * registry and services agree on addresses and ports, every command parses with the real CLI, Prometheus scrapes
 * exactly the services that serve metrics, secrets come from the environment file, and every metric the Grafana
 * dashboard queries is one that enrich and sink really export (a live scrape on the embedded cluster).
 */
@ExtendWith(NewsflowClusterExtension.class)
class ComposeConsistencyIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)}"); // $${X} is escaped
  private static final Pattern METRIC = Pattern.compile("\\b((?:newsflow|kafka|jvm|process|system)_[a-z0-9_]+)");

  @TempDir
  Path dir;

  @Test
  void shouldAgreeOnAddressesPortsAndCommands() throws Exception {
    Map<String, Map<String, Object>> services = services();
    List<String> kafka = servicesWithImage(services, "apache/kafka:");
    assertThat(kafka).hasSize(3);
    String voters = null;
    Set<String> nodeIds = new HashSet<>();
    for (String name : kafka) {
      Map<String, String> env = env(services.get(name));
      assertThat((String) services.get(name).get("image")).as("the broker version the clients are built with")
          .endsWith(":" + kafkaVersion());
      assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
      assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://" + name + ":9092");
      assertThat(env.get("KAFKA_LISTENERS")).contains("PLAINTEXT://:9092").contains("CONTROLLER://:9093");
      assertThat(nodeIds.add(env.get("KAFKA_NODE_ID"))).as("unique node id of %s", name).isTrue();
      voters = env.get("KAFKA_CONTROLLER_QUORUM_VOTERS");
      assertThat(voters).contains(env.get("KAFKA_NODE_ID") + "@" + name + ":9093");
    }
    assertThat(voters.split(",")).hasSize(3);

    List<String> registries = servicesWithImage(services, "confluentinc/cp-schema-registry:");
    assertThat(registries).hasSize(1);
    String registry = registries.get(0);
    Map<String, String> registryEnv = env(services.get(registry));
    String registryPort = registryEnv.get("SCHEMA_REGISTRY_LISTENERS").replaceAll(".*:", "");
    assertThat(hosts(registryEnv.get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS").replace("PLAINTEXT://", "")))
        .containsExactlyInAnyOrderElementsOf(kafka.stream().map(k -> k + ":9092").toList());

    List<String> newsflow = servicesWithImage(services, "newsflow:");
    assertThat(newsflow).contains("ingest", "enrich-1", "enrich-2", "sink");
    CommandLine cli = Main.commandLine();
    for (String name : newsflow) {
      Map<String, Object> service = services.get(name);
      Map<String, String> env = env(service);
      assertThat(hosts(env.get("NEWSFLOW_BOOTSTRAP_SERVERS"))).as("%s bootstrap servers", name)
          .containsExactlyInAnyOrderElementsOf(kafka.stream().map(k -> k + ":9092").toList());
      assertThat(env.get("NEWSFLOW_SCHEMA_REGISTRY")).isEqualTo("http://" + registry + ":" + registryPort);
      List<String> command = command(service);
      assertThat(cli.getSubcommands()).as("%s runs a newsflow command", name).containsKey(command.get(0));
      Main.commandLine().parseArgs(command.toArray(String[]::new)); // throws on an unknown option or bad value
      String port = metricsPort(command);
      if (port != null) {
        assertThat(env.get("NEWSFLOW_METRICS_BIND")).as("%s serves metrics beyond localhost", name)
            .isEqualTo("0.0.0.0");
        assertThat(env.get("NEWSFLOW_HEALTH_PORT")).as("%s health check port", name).isEqualTo(port);
      }
      command.stream().filter(arg -> arg.startsWith("application.server=")).forEach(server ->
          assertThat(server).isEqualTo("application.server=" + name + ":" + port));
    }
    Map<String, String> sinkEnv = env(services.get("sink"));
    assertThat(sinkEnv.get("NEWSFLOW_PG_URL")).startsWith("jdbc:postgresql://postgres:5432/");
    assertThat(services).containsKey("postgres");
  }

  @Test
  void shouldScrapeEveryMetricsPortAndKeepSecretsInTheEnvironmentFile() throws Exception {
    Map<String, Map<String, Object>> services = services();
    Set<String> expected = new TreeSet<>();
    for (String name : servicesWithImage(services, "newsflow:")) {
      String port = metricsPort(command(services.get(name)));
      if (port != null) {
        expected.add(name + ":" + port);
      }
    }
    Map<String, Object> prometheus = yaml(ROOT.resolve("deploy/prometheus/prometheus.yml"));
    Set<String> targets = new TreeSet<>();
    for (Object job : (List<?>) prometheus.get("scrape_configs")) {
      for (Object config : (List<?>) ((Map<?, ?>) job).get("static_configs")) {
        for (Object target : (List<?>) ((Map<?, ?>) config).get("targets")) {
          targets.add((String) target);
        }
      }
    }
    assertThat(targets).isEqualTo(expected);

    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    Properties example = new Properties();
    try (InputStream in = Files.newInputStream(ROOT.resolve(".env.example"))) {
      example.load(in);
    }
    Matcher variables = VARIABLE.matcher(compose);
    while (variables.find()) {
      assertThat(example).as(".env.example defines %s", variables.group(1)).containsKey(variables.group(1));
    }
    for (Map<String, Object> service : services.values()) {
      env(service).forEach((key, value) -> {
        if (key.contains("PASSWORD")) {
          assertThat(value).as("%s comes from the environment file", key).matches("\\$\\{[A-Z0-9_]+}");
        }
      });
    }
    Map<String, Object> volumes = castMap(yaml(ROOT.resolve("docker-compose.yml")).get("volumes"));
    for (Map<String, Object> service : services.values()) {
      for (Object mount : (List<?>) service.getOrDefault("volumes", List.of())) {
        String source = String.valueOf(mount).split(":")[0];
        if (!source.startsWith(".")) {
          assertThat(volumes).as("named volume %s is declared", source).containsKey(source);
        }
      }
    }
  }

  @Test
  void shouldQueryOnlyMetricsTheServicesExport(TestCluster cluster) throws Exception {
    Set<String> queried = new TreeSet<>();
    JsonNode dashboard = new ObjectMapper().readTree(ROOT.resolve("deploy/grafana/dashboards/newsflow.json").toFile());
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        Matcher metric = METRIC.matcher(target.get("expr").asText());
        while (metric.find()) {
          queried.add(metric.group(1));
        }
      }
    }
    assertThat(queried).contains("newsflow_articles_total", "newsflow_end_to_end_latency_seconds_bucket");

    TopicNames topics = new TopicNames("compose-it.raw", "compose-it.enriched", "compose-it.dlq");
    cluster.createTopics(1, topics.raw(), topics.enriched(), topics.dlq());
    KafkaSettings kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    Set<String> exported = new TreeSet<>();
    try (ServiceMetrics enrichMetrics = new ServiceMetrics();
         ServiceMetrics sinkMetrics = new ServiceMetrics();
         EnrichService enrich = new EnrichService(EnrichConfig.builder(kafka).topics(topics)
             .applicationId("compose-it").stateDir(dir.resolve("streams")).build(),
             EnrichMetrics.of(enrichMetrics.registry()));
         SinkService sink = new SinkService(SinkConfig.defaults(kafka).withTopics(topics).withGroupId("compose-it-sink"),
             new JsonLinesStore(dir.resolve("out.jsonl")), sinkMetrics.registry());
         OpsServer enrichServer = OpsServer.builder(enrichMetrics).port(0).start();
         OpsServer sinkServer = OpsServer.builder(sinkMetrics).port(0).readiness("sink", sink.readiness()).start()) {
      enrich.start(Duration.ofSeconds(60));
      sink.start();
      Await.until("the sink joined its group", () -> status(sinkServer.url() + "/ready") == 200,
          Duration.ofSeconds(60));
      // Task-level Streams metrics exist once tasks are assigned and the binder has refreshed (every 10 s).
      Await.until("every queried metric exported", () -> {
        exported.addAll(ScrapedMetrics.parse(get(enrichServer.url() + "/metrics")).names());
        exported.addAll(ScrapedMetrics.parse(get(sinkServer.url() + "/metrics")).names());
        return exported.containsAll(queried);
      }, Duration.ofSeconds(40));
    }
    assertThat(exported).containsAll(queried);
  }

  /** {@code kafka.version} of the parent pom. */
  private static String kafkaVersion() throws IOException {
    Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(version.find()).isTrue();
    return version.group(1);
  }

  private static Map<String, Map<String, Object>> services() throws IOException {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    castMap(yaml(ROOT.resolve("docker-compose.yml")).get("services"))
        .forEach((name, service) -> services.put(name, castMap(service)));
    return services;
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new Yaml().load(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static List<String> servicesWithImage(Map<String, Map<String, Object>> services, String prefix) {
    return services.entrySet().stream()
        .filter(e -> String.valueOf(e.getValue().get("image")).startsWith(prefix)).map(Map.Entry::getKey).toList();
  }

  private static Map<String, String> env(Map<String, Object> service) {
    Map<String, String> env = new LinkedHashMap<>();
    castMap(service.getOrDefault("environment", Map.of())).forEach((k, v) -> env.put(k, String.valueOf(v)));
    return env;
  }

  private static List<String> command(Map<String, Object> service) {
    List<String> command = new ArrayList<>();
    ((List<?>) service.get("command")).forEach(arg -> command.add(String.valueOf(arg)));
    return command;
  }

  private static String metricsPort(List<String> command) {
    int at = command.indexOf("--metrics-port");
    return at < 0 ? null : command.get(at + 1);
  }

  private static List<String> hosts(String list) {
    return List.of(list.split(","));
  }

  private static String get(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static int status(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }
}
