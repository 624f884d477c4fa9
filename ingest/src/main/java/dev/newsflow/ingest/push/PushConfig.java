package dev.newsflow.ingest.push;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the push endpoint.
 *
 * @param bind address to listen on; loopback by default, since the endpoint writes to Kafka
 * @param port TCP port, 0 for any free one
 * @param token bearer token required on every request but {@code /health}, or null for none
 * @param maxBodyBytes requests with a larger body get 413 (checked on Content-Length and while reading)
 * @param ackTimeout how long a request waits for the broker's acknowledgement before answering 503
 * @param readTimeout longest silence from a client (while sending a request, or between requests): a client
 *     silent for longer is disconnected
 * @param headerTimeout longest time for the headers of a request to arrive (from the connection's start or the end
 *     of its previous request): a client that takes longer is disconnected, however steadily it trickles
 * @param bodyTimeout longest time to receive a whole body once the headers are in; slower ones get 408
 * @param maxConnections connections served at once; more wait in the listen queue, and idle ones are closed sooner
 * @param allowedHosts host names clients may use besides IP addresses, localhost and single-label names (a DNS
 *     name in front of the endpoint); others are refused as DNS rebinding
 */
public record PushConfig(String bind, int port, String token, long maxBodyBytes, Duration ackTimeout,
    Duration readTimeout, Duration headerTimeout, Duration bodyTimeout, int maxConnections, List<String> allowedHosts) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8090;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_MAX_CONNECTIONS = 256;

  public PushConfig {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBodyBytes must be 1.." + (Integer.MAX_VALUE - 8) + ": " + maxBodyBytes);
    }
    positive(ackTimeout, "ackTimeout");
    positive(readTimeout, "readTimeout");
    positive(headerTimeout, "headerTimeout");
    positive(bodyTimeout, "bodyTimeout");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    allowedHosts = List.copyOf(allowedHosts);
  }

  /** The default timeouts, connection limit and host names. */
  public PushConfig(String bind, int port, String token, long maxBodyBytes, Duration ackTimeout) {
    this(bind, port, token, maxBodyBytes, ackTimeout, DEFAULT_READ_TIMEOUT, DEFAULT_HEADER_TIMEOUT,
        DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_CONNECTIONS, List.of());
  }

  public static PushConfig defaults() {
    return new PushConfig(DEFAULT_BIND, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_ACK_TIMEOUT);
  }

  private static void positive(Duration duration, String name) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
