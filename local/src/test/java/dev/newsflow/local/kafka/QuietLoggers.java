package dev.newsflow.local.kafka;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Silences loggers for a block where errors are expected (e.g. the broker's stack traces for a taken port). */
final class QuietLoggers implements AutoCloseable {

  private final List<Logger> loggers = new ArrayList<>();
  private final List<Level> previous = new ArrayList<>();

  private QuietLoggers(String... names) {
    for (String name : names) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      loggers.add(logger);
      previous.add(logger.getLevel());
      logger.setLevel(Level.OFF);
    }
  }

  static QuietLoggers of(String... names) {
    return new QuietLoggers(names);
  }

  @Override
  public void close() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).setLevel(previous.get(i));
    }
  }
}
