package dev.newsflow.ingest.push;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the push endpoint.
 *
 * @param bind address to listen on; loopback by default, since the endpoint writes to Kafka
 * @param port TCP port, 0 for any free one
 * @param token bearer token required on every request but {@code /health}, or null for none
 * @param maxBodyBytes requests with a larger body get 413 (checked on Content-Length and while reading)
 * @param ackTimeout how long a request waits for the broker's acknowledgement before answering 503
 */
public record PushConfig(String bind, int port, String token, long maxBodyBytes, Duration ackTimeout) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8090;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(30);

  public PushConfig {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBodyBytes must be 1.." + (Integer.MAX_VALUE - 8) + ": " + maxBodyBytes);
    }
    if (ackTimeout.isNegative() || ackTimeout.isZero()) {
      throw new IllegalArgumentException("ackTimeout must be positive");
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  public static PushConfig defaults() {
    return new PushConfig(DEFAULT_BIND, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_ACK_TIMEOUT);
  }
}
