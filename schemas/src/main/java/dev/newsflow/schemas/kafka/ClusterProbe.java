package dev.newsflow.schemas.kafka;

import dev.newsflow.schemas.registry.SchemaRegistryClient;
import dev.newsflow.schemas.registry.SchemaRegistryClientConfig;
import dev.newsflow.schemas.registry.SchemaRegistryClients;
import dev.newsflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Asks the cluster and the schema registry whether they answer, with a short timeout, before a service starts:
 * Kafka's clients otherwise retry for a minute or more, warning all the while, before they give up. Only a failure
 * to connect counts: a registry that answers with an HTTP error is there. Stateless and thread-safe.
 */
public final class ClusterProbe {

  private static final String HINT = " (is a broker running? 'newsflow local' starts one; set --bootstrap-servers "
      + "or NEWSFLOW_BOOTSTRAP_SERVERS)";

  private ClusterProbe() {}

  /** Why the cluster or its registry cannot be used, on one line, or empty when both answer within the timeout. */
  public static Optional<String> problem(KafkaSettings settings, Duration timeout) {
    return kafkaProblem(settings, timeout).or(() -> registryProblem(settings, timeout));
  }

  static Optional<String> kafkaProblem(KafkaSettings settings, Duration timeout) {
    if (!anyListens(settings.bootstrapServers(), timeout)) {
      // say so at once: the Admin client would retry until the timeout
      return Optional.of("cannot reach Kafka at " + settings.bootstrapServers() + HINT);
    }
    Map<String, Object> config = settings.clientConfig();
    config.remove("schema.registry.url");
    int millis = (int) Math.max(1, timeout.toMillis());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-probe");
    Admin admin;
    try {
      admin = Admin.create(config);
    } catch (KafkaException e) { // e.g. no resolvable bootstrap URL
      return Optional.of("cannot use Kafka at " + settings.bootstrapServers() + ": " + rootMessage(e));
    }
    try {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).clusterId()
          .get(millis + 1_000L, TimeUnit.MILLISECONDS);
      return Optional.empty();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AuthenticationException || cause instanceof AuthorizationException) {
        return Optional.of("Kafka at " + settings.bootstrapServers() + " refused us: " + cause.getMessage());
      }
      return Optional.of(unreachable(settings, timeout));
    } catch (TimeoutException e) {
      return Optional.of(unreachable(settings, timeout));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while connecting to Kafka at " + settings.bootstrapServers());
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  static Optional<String> registryProblem(KafkaSettings settings, Duration timeout) {
    Map<String, Object> config = settings.clientConfig();
    config.put(SchemaRegistryClientConfig.CONNECT_TIMEOUT_MS, (int) timeout.toMillis());
    config.put(SchemaRegistryClientConfig.READ_TIMEOUT_MS, (int) timeout.toMillis());
    try (SchemaRegistryClient registry = SchemaRegistryClients.create(settings.schemaRegistryUrl(), config)) {
      registry.subjects();
      return Optional.empty();
    } catch (SchemaRegistryException e) {
      if (e.httpStatus() != SchemaRegistryException.IO_ERROR) {
        return Optional.empty(); // it answered; the service reports what it refuses when it asks
      }
      return Optional.of("cannot reach the schema registry at " + settings.schemaRegistryUrl() + " within "
          + seconds(timeout) + " (is it running? set --schema-registry or NEWSFLOW_SCHEMA_REGISTRY)");
    } catch (RuntimeException e) {
      return Optional.of("cannot use the schema registry at " + settings.schemaRegistryUrl() + ": "
          + rootMessage(e));
    }
  }

  /**
   * Whether a TCP connection to any bootstrap address succeeds; true too when an address cannot be read here (the
   * Admin client then decides).
   */
  static boolean anyListens(String bootstrapServers, Duration timeout) {
    int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    for (String server : bootstrapServers.split(",")) {
      String address = server.strip();
      int colon = address.lastIndexOf(':');
      if (colon <= 0) {
        return true;
      }
      String host = address.substring(0, colon).replace("[", "").replace("]", "");
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, Integer.parseInt(address.substring(colon + 1))), millis);
        return true;
      } catch (IllegalArgumentException e) { // not a port number, or out of range
        return true;
      } catch (IOException e) {
        // refused, unknown host or no answer: try the next address
      }
    }
    return false;
  }

  private static String unreachable(KafkaSettings settings, Duration timeout) {
    return "cannot reach Kafka at " + settings.bootstrapServers() + " within " + seconds(timeout) + HINT;
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
