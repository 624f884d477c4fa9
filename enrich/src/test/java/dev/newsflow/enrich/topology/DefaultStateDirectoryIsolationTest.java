package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.ArticleEnricher;
import dev.newsflow.enrich.EnrichStages;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the topology tests once ran in Kafka Streams' default state directory, the one {@code newsflow enrich}
 * uses when no state directory is set, and failed on its lock or its leftover state whenever enrich was running or
 * had run. Here the default directory of the enrich application is occupied as a running or crashed service leaves
 * it: its lock held and a file where the first task's directory goes. A test that used the default would fail.
 *
 * <p>A directory that already exists belongs to someone (a real enrich, another test run): it is only locked if
 * free, never written to, and left as it was.
 */
class DefaultStateDirectoryIsolationTest {

  private static final Instant T0 = Instant.parse("2025-05-01T12:00:00Z");
  private static final String TEXT = "Northport's city council has approved plans for a new road and rail bridge "
      + "across the harbour, ending more than a decade of debate over how to relieve congestion on the old bridge.";

  private Path appDir;
  private boolean createdBase;
  private boolean created;
  private FileChannel lockChannel;
  private FileLock lock;
  private List<Path> before;

  @BeforeEach
  void occupyTheDefaultStateDirectory() throws IOException {
    appDir = defaultStateDir().resolve(EnrichConfig.DEFAULT_APPLICATION_ID);
    createdBase = Files.notExists(appDir.getParent());
    Files.createDirectories(appDir.getParent());
    try {
      Files.createDirectory(appDir);
      created = true;
      // Where the driver puts task 0_0's stores: a file instead of a directory, as junk from another run.
      Files.writeString(appDir.resolve("0_0"), "not a task directory", StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException someoneElses) {
      created = false;
    }
    lockChannel = FileChannel.open(appDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      lock = lockChannel.tryLock(); // null: a running service holds it, which is the case under test anyway
    } catch (OverlappingFileLockException heldInThisJvm) {
      lock = null;
    }
    before = contents(appDir);
  }

  @AfterEach
  void release() throws IOException {
    if (lock != null) {
      lock.release();
    }
    lockChannel.close();
    if (created) {
      try (Stream<Path> paths = Files.walk(appDir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
    if (createdBase) {
      try (Stream<Path> left = Files.list(appDir.getParent())) {
        if (left.findAny().isEmpty()) {
          Files.deleteIfExists(appDir.getParent());
        }
      }
    }
  }

  @Test
  void shouldRunTheTopologyWhileTheDefaultStateDirectoryIsLockedAndHoldsJunk() throws IOException {
    ArticleEnricher enricher = new ArticleEnricher();
    try (EnrichTopologyHarness harness = EnrichTopologyHarness.start(
        settings -> settings.processingGuarantee("at_least_once"), EnrichStages.cleanOnly(enricher::enrich))) {
      harness.raw().pipeInput("bridge", RawArticle.newBuilder().setId("bridge").setSourceId("test")
          .setSourceType(SourceType.FILE).setContentType(ContentType.TEXT).setContent(TEXT).setFetchedAt(T0)
          .setHints(Map.of()).build());

      assertThat(harness.enriched().readValue().getId()).isEqualTo("bridge");
      assertThat(harness.dlq().isEmpty()).isTrue();
      assertThat(harness.config().stateDir().startsWith(defaultStateDir())).isFalse();
    }
    assertThat(contents(appDir)).as("the default state directory is left as it was").isEqualTo(before);
  }

  /** Kafka Streams' default state directory in this JVM, where a config without {@code state.dir} lands. */
  private static Path defaultStateDir() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, EnrichConfig.DEFAULT_APPLICATION_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    return Path.of(new StreamsConfig(props).getString(StreamsConfig.STATE_DIR_CONFIG));
  }

  private static List<Path> contents(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.sorted().toList();
    }
  }
}
