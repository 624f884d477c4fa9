package dev.newsflow.cli.options;

import dev.newsflow.ops.http.OpsServer;
import dev.newsflow.ops.metrics.ServiceMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * Where a service serves {@code /metrics}, {@code /health} and {@code /ready}: {@code --metrics-bind} (default
 * 127.0.0.1, this machine only) and {@code --metrics-port} (each service has its own default; 0 picks a free port,
 * {@code off} serves nothing).
 */
public final class OpsOptions {

  @Option(names = "--metrics-bind", paramLabel = "ADDRESS",
      defaultValue = "${env:NEWSFLOW_METRICS_BIND:-" + OpsServer.DEFAULT_HOST + "}",
      description = "Address of the /metrics, /health and /ready endpoints (env NEWSFLOW_METRICS_BIND; "
          + "default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for all interfaces).")
  public String bind;

  @Option(names = "--metrics-port", paramLabel = "PORT|off", defaultValue = "${env:NEWSFLOW_METRICS_PORT}",
      description = "Port of the /metrics, /health and /ready endpoints (env NEWSFLOW_METRICS_PORT); 0 picks a free "
          + "port, off serves none.")
  public String port;

  @Option(names = "--allowed-host", paramLabel = "NAME", split = ",",
      defaultValue = "${env:NEWSFLOW_ALLOWED_HOSTS}",
      description = "A DNS name clients use for this service's HTTP endpoints (e.g. behind a proxy); repeatable or"
          + " comma-separated (env NEWSFLOW_ALLOWED_HOSTS). IP addresses, localhost and single-label names are"
          + " always accepted; other Host names are refused as DNS rebinding.")
  public List<String> allowedHosts = new ArrayList<>();

  /**
   * Starts the server with the routes {@code customize} adds, or returns null when switched off.
   *
   * @param defaultPort the service's port when none is given
   */
  public OpsServer start(ServiceMetrics metrics, int defaultPort, Consumer<OpsServer.Builder> customize) {
    Integer chosen = port(defaultPort);
    if (chosen == null) {
      return null;
    }
    OpsServer.Builder builder = OpsServer.builder(metrics).host(bind).port(chosen).allowHosts(allowedHosts());
    customize.accept(builder);
    return builder.start();
  }

  /** The names given with {@code --allowed-host}, blanks dropped. */
  public List<String> allowedHosts() {
    return allowedHosts == null ? List.of()
        : allowedHosts.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
  }

  /** Whether a port was asked for (flag or environment), rather than the service's default. */
  public boolean portGiven() {
    return port != null && !port.isBlank();
  }

  /** The port to use, or null when off. */
  public Integer port(int defaultPort) {
    if (port == null || port.isBlank()) {
      return defaultPort;
    }
    String value = port.strip().toLowerCase(Locale.ROOT);
    if (value.equals("off") || value.equals("none") || value.equals("-1")) {
      return null;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < 0 || parsed > 65535) {
        throw new IllegalArgumentException("--metrics-port out of range (0..65535, or off): " + port);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--metrics-port must be a port number or off: " + port, e);
    }
  }
}
