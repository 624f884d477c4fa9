package dev.newsflow.local.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Waits until a starting broker answers requests. Stateless and thread-safe. */
final class BrokerAdmin {

  /** How long one readiness probe may take before we look at the broker process again. */
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration MIN_PROBE_INTERVAL = Duration.ofMillis(50);

  private BrokerAdmin() {
  }

  /**
   * Waits until the broker lists itself in a DescribeCluster answer, i.e. it is registered and serves requests.
   * Until the port is open a plain TCP connect is tried instead, as the admin client would log a warning for
   * every refused connection.
   *
   * @param stillRunning checked between probes, so a broker that died is reported at once, not at the deadline
   * @throws IllegalStateException if the broker dies or the deadline passes
   */
  static void awaitReady(String host, int port, Duration timeout, BooleanSupplier stillRunning)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    awaitPortOpen(host, port, timeout, deadline, stillRunning);
    String bootstrapServers = host + ":" + port;
    try (Admin admin = Admin.create(config(bootstrapServers, PROBE_TIMEOUT))) {
      Exception last = null;
      while (System.nanoTime() < deadline) {
        if (!stillRunning.getAsBoolean()) {
          throw new IllegalStateException("the broker stopped while starting", last);
        }
        long probeStart = System.nanoTime();
        try {
          DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis());
          if (!admin.describeCluster(options).nodes().get().isEmpty()) {
            return;
          }
        } catch (ExecutionException e) {
          last = e;
        }
        // Usually the probe itself waited (the admin client backs off while reconnecting); only a probe that
        // failed at once needs a pause, so the loop does not spin.
        if (System.nanoTime() - probeStart < MIN_PROBE_INTERVAL.toNanos()) {
          TimeUnit.NANOSECONDS.sleep(MIN_PROBE_INTERVAL.toNanos());
        }
      }
      throw new IllegalStateException("the broker did not answer within " + timeout, last);
    }
  }

  private static void awaitPortOpen(String host, int port, Duration timeout, long deadline,
      BooleanSupplier stillRunning) throws InterruptedException {
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!stillRunning.getAsBoolean()) {
        throw new IllegalStateException("the broker stopped while starting", last);
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), (int) PROBE_TIMEOUT.toMillis());
        return;
      } catch (IOException e) {
        last = e; // refused at once while the broker is starting, hence the pause
      }
      TimeUnit.NANOSECONDS.sleep(MIN_PROBE_INTERVAL.toNanos());
    }
    throw new IllegalStateException("the broker did not open port " + port + " within " + timeout, last);
  }

  static Map<String, Object> config(String bootstrapServers, Duration apiTimeout) {
    int timeoutMs = (int) Math.max(1, apiTimeout.toMillis());
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-embedded-kafka-admin",
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
        // a starting broker refuses connections for a while; retry often so readiness is seen promptly
        AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 20,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
  }
}
