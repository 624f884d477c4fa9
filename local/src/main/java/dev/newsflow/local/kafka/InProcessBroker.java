package dev.newsflow.local.kafka;

import java.time.Duration;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * Runs {@link KafkaRaftServer} in this JVM: the fastest start, used by tests. The broker shares the heap, the
 * logging and the JMX registry of the host JVM. Not thread-safe.
 */
final class InProcessBroker implements BrokerRuntime {

  private KafkaRaftServer server;

  @Override
  public void start(Properties serverProperties) throws Exception {
    KafkaConfig config = KafkaConfig.fromProps(serverProperties, false);
    StorageFormatter.formatIfNeeded(config);
    KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      starting.startup();
    } catch (RuntimeException | Error e) {
      // release the ports and threads of whatever part did start
      shutdown(starting);
      throw e;
    }
    server = starting;
  }

  @Override
  public boolean isAlive() {
    return server != null;
  }

  /** The in-process shutdown cannot be cut short safely, so the timeout is not used. */
  @Override
  public void stop(Duration timeout) {
    if (server != null) {
      KafkaRaftServer stopping = server;
      server = null;
      shutdown(stopping);
    }
  }

  private static void shutdown(KafkaRaftServer server) {
    server.shutdown();
    server.awaitShutdown();
  }

  @Override
  public String describe() {
    return "in-process";
  }
}
