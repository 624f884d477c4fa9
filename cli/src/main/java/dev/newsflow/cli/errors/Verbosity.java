package dev.newsflow.cli.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParseResult;

/**
 * {@code --verbose}: Kafka's client and broker logs (quiet by default: their connection warnings repeat every
 * few milliseconds while a broker is away), our debug lines, and stack traces of failures.
 */
public final class Verbosity {

  /** The option's name; declared once on the top command and inherited by every subcommand. */
  public static final String OPTION = "--verbose";

  private static final String[] KAFKA_LOGGERS = {"org.apache.kafka", "kafka", "state.change.logger",
      "org.apache.kafka.streams.processor.internals.StateDirectory"};

  private Verbosity() {}

  /** Whether {@code --verbose} was given on the command or any parent of it. */
  public static boolean requested(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(OPTION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sets the log levels for this run: Kafka at ERROR (WARN when verbose; the Streams state directory's, whose
   * errors are also thrown and reported, off), ours at DEBUG when verbose.
   */
  public static void apply(boolean verbose) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return; // another logging backend: its own configuration decides
    }
    for (String name : KAFKA_LOGGERS) {
      context.getLogger(name).setLevel(verbose ? Level.WARN : name.endsWith("StateDirectory") ? Level.OFF
          : Level.ERROR);
    }
    if (verbose) {
      context.getLogger("dev.newsflow").setLevel(Level.DEBUG);
    }
  }
}
