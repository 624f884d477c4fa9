package dev.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChildProcessBrokerClassPathTest {

  @Test
  void shouldMakeRelativeClassPathEntriesAbsoluteBecauseTheChildRunsInTheDataDirectory() {
    String classPath = String.join(File.pathSeparator, "cli/target/newsflow.jar", "/opt/lib/kafka.jar");

    String absolute = ChildProcessBroker.absoluteClassPath(classPath);

    assertThat(absolute.split(File.pathSeparator)).containsExactly(
        Path.of("cli/target/newsflow.jar").toAbsolutePath().toString(), "/opt/lib/kafka.jar");
  }
}
