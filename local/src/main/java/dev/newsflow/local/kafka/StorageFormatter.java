package dev.newsflow.local.kafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft node's log directories with Kafka's own {@link Formatter} (what {@code kafka-storage format}
 * does), once: a directory that already holds {@code meta.properties} is left alone, so a restart keeps its data
 * and cluster id. Stateless and thread-safe (callers must not format the same directories concurrently).
 */
final class StorageFormatter {

  private static final Logger log = LoggerFactory.getLogger(StorageFormatter.class);
  static final String META_PROPERTIES = "meta.properties";

  private StorageFormatter() {
  }

  /** Formats the node's directories with a random cluster id unless already formatted; returns true if it did. */
  static boolean formatIfNeeded(KafkaConfig config) throws Exception {
    Set<String> directories = new LinkedHashSet<>(config.logDirs());
    directories.add(config.metadataLogDir());
    if (directories.stream().allMatch(StorageFormatter::isFormatted)) {
      return false;
    }
    String clusterId = Uuid.randomUuid().toString();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      new Formatter()
          .setPrintStream(out)
          .setNodeId(config.nodeId())
          .setClusterId(clusterId)
          .setControllerListenerName(config.controllerListenerNames().get(0))
          .setMetadataLogDirectory(config.metadataLogDir())
          .setUnstableFeatureVersionsEnabled(config.unstableFeatureVersionsEnabled())
          // the node is a controller, so it needs the bootstrap snapshot (kafka-storage does the same)
          .setWriteBootstrapSnapshot(true)
          // a partly formatted set of directories keeps its formatted members
          .setIgnoreFormatted(true)
          .setDirectories(directories)
          .run();
    }
    log.debug("Formatted {} for cluster {}: {}", directories, clusterId, output.toString(StandardCharsets.UTF_8));
    return true;
  }

  static boolean isFormatted(String directory) {
    return Files.isRegularFile(Path.of(directory, META_PROPERTIES));
  }
}
