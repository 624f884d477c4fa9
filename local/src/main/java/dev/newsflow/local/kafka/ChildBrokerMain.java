package dev.newsflow.local.kafka;

import java.io.IOException;

/**
 * Main class of a child-process broker: runs {@code kafka.Kafka} with the given {@code server.properties} and ends
 * the broker cleanly when its parent JVM is gone, even if the parent was killed and its shutdown hooks never ran.
 * Used by {@link EmbeddedKafka}; public only because the {@code java} launcher needs it.
 */
public final class ChildBrokerMain {

  private ChildBrokerMain() {
  }

  public static void main(String[] args) {
    Thread watchdog = new Thread(ChildBrokerMain::exitWhenParentIsGone, "newsflow-parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    kafka.Kafka.main(args);
  }

  /**
   * The parent holds our stdin open and never writes to it, so end of input means it closed it on purpose (a
   * portable stop request; a signal is not graceful on every OS) or it exited, however it died.
   */
  private static void exitWhenParentIsGone() {
    try {
      while (System.in.read() != -1) {
        // nothing is ever sent; just drain
      }
    } catch (IOException e) {
      // a broken pipe means the same as end of input
    }
    // runs Kafka's own shutdown hook, which stops the broker cleanly
    System.exit(0);
  }
}
