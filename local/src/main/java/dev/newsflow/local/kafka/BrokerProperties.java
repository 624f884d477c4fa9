package dev.newsflow.local.kafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code server.properties} of a single-node KRaft broker (broker and controller in one process), tuned for
 * one machine: every internal topic has one replica, coordinators start without delay and use few partitions.
 * Stateless and thread-safe.
 */
final class BrokerProperties {

  static final int NODE_ID = 1;
  static final String LOGS_DIR = "logs";

  private BrokerProperties() {
  }

  /**
   * @param host the address to bind to; a wildcard address is advertised as 127.0.0.1
   * @param overrides applied last, so callers can change any of the defaults below
   */
  static Properties create(String host, int port, int controllerPort, Path dataDir, Map<String, String> overrides) {
    String advertisedHost = advertisedHost(host);
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    // A static voter set (not a dynamic quorum): the controller port is not persisted in the metadata log,
    // so a restart on the same data dir may use other ports.
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + advertisedHost + ":" + controllerPort);
    p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://" + advertisedHost + ":" + port);
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("log.dirs", dataDir.resolve(LOGS_DIR).toAbsolutePath().toString());

    p.setProperty("num.partitions", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    // Internal topics: one replica (there is one node), few partitions (created on first use, so this is start-up
    // latency for the first consumer group or transaction).
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "5");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "5");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.num.partitions", "5");
    // No waiting for more members to join: there is rarely more than one on a laptop or in a test.
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("group.streams.initial.rebalance.delay.ms", "0");
    // The default cleaner buffer is 128 MiB of heap; compacted topics here are small.
    p.setProperty("log.cleaner.dedupe.buffer.size", "2097152");

    overrides.forEach(p::setProperty);
    return p;
  }

  /** The host clients are told to use: the bound host, or 127.0.0.1 when bound to every interface. */
  static String advertisedHost(String host) {
    return isWildcard(host) ? "127.0.0.1" : host;
  }

  static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }
}
