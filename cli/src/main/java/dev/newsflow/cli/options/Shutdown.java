package dev.newsflow.cli.options;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until Ctrl-C (or JVM shutdown), so its services can close cleanly. */
public final class Shutdown {

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  public Shutdown() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(); // let the command close its services before the JVM goes
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsflow-shutdown"));
  }

  /** Waits for Ctrl-C. */
  public void await() throws InterruptedException {
    stop.await();
  }

  /** Tells the shutdown hook the command has cleaned up. */
  public void done() {
    stopped.countDown();
  }
}
