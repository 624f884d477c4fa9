package dev.newsflow.local.kafka;

import java.nio.file.Path;

/**
 * A parent JVM for {@link EmbeddedKafkaChildProcessTest}: starts a child-process broker, prints its pid and waits
 * to be killed.
 */
public final class ParentJvmFixture {

  static final String PID_PREFIX = "CHILD_PID=";

  private ParentJvmFixture() {
  }

  public static void main(String[] args) throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(Path.of(args[0])).childProcess(true).build().start();
    System.out.println(PID_PREFIX + kafka.childProcess().orElseThrow().pid());
    System.out.flush();
    Thread.currentThread().join(); // until killed
  }
}
