package dev.newsflow.local.kafka;

import java.time.Duration;
import java.util.Properties;

/** Runs one broker from its properties: in this JVM or in a child JVM. Not thread-safe; EmbeddedKafka guards it. */
interface BrokerRuntime {

  /** Formats the storage if needed and launches the broker; may return before the broker accepts requests. */
  void start(Properties serverProperties) throws Exception;

  /** Whether the broker (process) is still up; false after a crash, so waiting for readiness can stop early. */
  boolean isAlive();

  /** Shuts the broker down cleanly, forcibly after {@code timeout} where that is possible; idempotent. */
  void stop(Duration timeout);

  /** A short description for log and error messages, e.g. "in-process" or "child process 1234". */
  String describe();
}
