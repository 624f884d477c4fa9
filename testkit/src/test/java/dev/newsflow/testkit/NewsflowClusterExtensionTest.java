package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.testkit.TestClusters.Backend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NewsflowClusterExtension.class)
class NewsflowClusterExtensionTest {

  private static TestCluster fromBeforeAll;
  private final TestCluster fromConstructor;

  NewsflowClusterExtensionTest(TestCluster cluster) {
    this.fromConstructor = cluster;
  }

  @BeforeAll
  static void captureCluster(TestCluster cluster) {
    fromBeforeAll = cluster;
  }

  @Test
  void shouldResolveClusterParameterInEveryPosition(TestCluster cluster) {
    assertThat(cluster).isNotNull().isSameAs(fromBeforeAll).isSameAs(fromConstructor);
  }

  @Test
  void shouldGiveTheSameSharedClusterToAnotherTest(TestCluster cluster) {
    assertThat(cluster).isSameAs(fromBeforeAll).isSameAs(TestClusters.shared());
  }

  @Test
  void shouldFallBackToEmbeddedBackendWithoutDocker(TestCluster cluster) {
    assumeTrue(TestClusters.configuredBackend() != Backend.CONTAINERS, "containers were asked for");
    assumeFalse(TestClusters.isDockerAvailable(Duration.ofSeconds(10)), "Docker is available here");

    assertThat(cluster.backendName()).isEqualTo("embedded");
    assertThat(cluster.bootstrapServers()).startsWith("127.0.0.1:");
  }

  @Test
  void shouldCreateTopicsIdempotently(TestCluster cluster) throws Exception {
    cluster.createTopics(2, "extension-a", "extension-b");
    cluster.createTopics(4, "extension-a");

    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
      var topics = admin.describeTopics(List.of("extension-a", "extension-b")).allTopicNames().get();
      assertThat(topics.get("extension-a").partitions()).hasSize(2);
      assertThat(topics.get("extension-b").partitions()).hasSize(2);
    }
  }

  @Test
  void shouldServeSchemaRegistryApi(TestCluster cluster) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(cluster.schemaRegistryUrl() + "/subjects"))
        .timeout(Duration.ofSeconds(5)).GET().build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }
}
