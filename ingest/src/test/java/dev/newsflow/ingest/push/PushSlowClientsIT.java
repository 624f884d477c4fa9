package dev.newsflow.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.RawTopic;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schemas.kafka.KafkaSettings;
import dev.newsflow.testkit.NewsflowClusterExtension;
import dev.newsflow.testkit.TestCluster;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 2, over real sockets: ten clients trickling a header line or a body byte at a time do not stop
 * the endpoint from answering everyone else, a body slower than the body timeout gets 408, and a client that
 * falls silent is disconnected after the read timeout.
 */
@ExtendWith(NewsflowClusterExtension.class)
class PushSlowClientsIT {

  private static final String TOPIC = "ingest-push-slow-it.raw";
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(8);
  private static final Duration BODY_TIMEOUT = Duration.ofSeconds(6);
  private static final Duration TRICKLE_EVERY = Duration.ofSeconds(1);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static KafkaSettings kafka;
  private static ArticlePublisher publisher;
  private static PushServer server;

  @BeforeAll
  static void start(TestCluster cluster) throws Exception {
    cluster.createTopics(1, TOPIC);
    kafka = new KafkaSettings(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
    publisher = new ArticlePublisher(kafka, TOPIC);
    server = new PushServer(new PushConfig("127.0.0.1", 0, null, 100_000, Duration.ofSeconds(20), READ_TIMEOUT,
        HEADER_TIMEOUT, BODY_TIMEOUT, 64, List.of()), publisher, new ArticleJson(50_000, Clock.systemUTC()),
        new ArticleFileReader(50_000, Clock.systemUTC()), null);
    server.start();
    // the producer's first send waits for metadata: done before the clock starts
    assertThat(post("{\"url\":\"https://push.example/warm-up\",\"content\":\"w\"}", Duration.ofSeconds(30))
        .statusCode()).isEqualTo(202);
  }

  @AfterAll
  static void stop() {
    server.stop();
    publisher.close();
  }

  @Test
  void shouldAnswerEveryoneElseWithinASecondWhileTenClientsTrickle() throws Exception {
    List<Socket> headerTricklers = new ArrayList<>();
    List<Socket> bodyTricklers = new ArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < 5; i++) {
        headerTricklers.add(open("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        bodyTricklers.add(open("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1000\r\n\r\n{"));
      }
      long trickling = System.nanoTime();
      trickle.scheduleAtFixedRate(() -> {
        headerTricklers.forEach(socket -> write(socket, "X-Slow: 1\r\n"));
        bodyTricklers.forEach(socket -> write(socket, " "));
      }, 0, TRICKLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
      Thread.sleep(2 * TRICKLE_EVERY.toMillis()); // the slow clients are in: every one of them has sent twice

      for (int i = 0; i < 3; i++) {
        long started = System.nanoTime();
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(uri("/health"))
            .timeout(Duration.ofSeconds(5)).GET().build(), BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> article =
            post("{\"url\":\"https://push.example/while-slow-" + i + "\",\"content\":\"c\"}", Duration.ofSeconds(5));
        assertThat(article.statusCode()).as(article.body()).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      }

      // the trickled bodies, still short of their Content-Length, get 408 at the body timeout
      for (Socket socket : bodyTricklers) {
        socket.setSoTimeout((int) BODY_TIMEOUT.toMillis() + 5_000);
        assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 408");
      }
      // the trickled headers are cut off at the header timeout, though never silent for the read timeout
      for (Socket socket : headerTricklers) {
        socket.setSoTimeout((int) HEADER_TIMEOUT.toMillis() + 5_000);
        assertThat(readToEnd(socket.getInputStream())).isEqualTo(-1);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - trickling)).isLessThan(HEADER_TIMEOUT.plusSeconds(3));
    } finally {
      trickle.shutdownNow();
      headerTricklers.forEach(PushSlowClientsIT::close);
      bodyTricklers.forEach(PushSlowClientsIT::close);
    }
    assertThat(RawTopic.count(kafka, TOPIC, 4)).isEqualTo(4);
  }

  @Test
  void shouldDisconnectAClientSilentForLongerThanTheReadTimeout() throws Exception {
    try (Socket silent = open("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\n")) {
      silent.setSoTimeout((int) READ_TIMEOUT.toMillis() + 5_000);
      long started = System.nanoTime();
      assertThat(readToEnd(silent.getInputStream())).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isBetween(READ_TIMEOUT.minusMillis(500), READ_TIMEOUT.plusSeconds(3));
    }
  }

  /** Reads until the server closes the connection (whatever it answers first); -1 then. */
  private static int readToEnd(InputStream in) {
    try {
      while (in.read() != -1) {
        // skip what the server says before closing
      }
      return -1;
    } catch (java.net.SocketTimeoutException stillOpen) {
      return 0;
    } catch (IOException reset) {
      return -1; // closed by the server: as good as the end of the stream
    }
  }

  private static Socket open(String start) throws IOException {
    Socket socket = new Socket("127.0.0.1", server.address().getPort());
    socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  private static void write(Socket socket, String text) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(text.getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      // closed by the server (the 408): nothing more to send
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    return line.toString().strip();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
  }

  private static HttpResponse<String> post(String json, Duration timeout) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri("/articles")).timeout(timeout)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        BodyHandlers.ofString());
  }
}
