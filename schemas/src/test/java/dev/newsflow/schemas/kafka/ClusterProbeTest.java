package dev.newsflow.schemas.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The up-front check of the cluster and the registry, against ports where nothing or something else listens. */
class ClusterProbeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  @Test
  void shouldSayAtOnceThatNothingListensAtTheBootstrapAddress() throws IOException {
    String address = "127.0.0.1:" + closedPort();
    Instant start = Instant.now();

    Optional<String> problem = ClusterProbe.problem(new KafkaSettings(address, "mock://probe"), Duration.ofSeconds(30));

    assertThat(problem).hasValueSatisfying(line -> assertThat(line).startsWith("cannot reach Kafka at " + address
        + " (is a broker running?"));
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldGiveUpAfterTheTimeoutWhenWhatListensIsNotKafka() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String address = "127.0.0.1:" + silent.getLocalPort();

      Optional<String> problem = ClusterProbe.problem(new KafkaSettings(address, "mock://probe"), TIMEOUT);

      assertThat(problem).hasValueSatisfying(line -> assertThat(line).startsWith("cannot reach Kafka at " + address
          + " within 1 s"));
    }
  }

  @Test
  void shouldSayWhenNoRegistryAnswers() throws IOException {
    String url = "http://127.0.0.1:" + closedPort();

    Optional<String> problem = ClusterProbe.registryProblem(new KafkaSettings("unused:9092", url), TIMEOUT);

    assertThat(problem).hasValueSatisfying(line -> assertThat(line).startsWith("cannot reach the schema registry at "
        + url));
  }

  @Test
  void shouldTakeAnHttpErrorAsARegistryThatIsThere() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(ClusterProbe.registryProblem(new KafkaSettings("unused:9092", url), TIMEOUT)).isEmpty();
      assertThat(ClusterProbe.registryProblem(new KafkaSettings("unused:9092", "mock://probe"), TIMEOUT)).isEmpty();
    } finally {
      server.stop(0);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort(); // nothing listens once it is closed
    }
  }
}
