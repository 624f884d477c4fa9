package dev.newsflow.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The URL list files of {@code --urls-file} and {@code --feeds-file}. */
class UrlsFileTest {

  @TempDir
  Path dir;

  @Test
  void shouldReadOneUrlALineSkippingBlankLinesAndComments() throws Exception {
    Path file = Files.writeString(dir.resolve("feeds.txt"),
        "# news\nhttps://n.example/rss\n\n   \n  https://n.example/atom.xml  \n  # off for now\n");

    assertThat(UrlsFile.read(file)).containsExactly("https://n.example/rss", "https://n.example/atom.xml");
  }
}
