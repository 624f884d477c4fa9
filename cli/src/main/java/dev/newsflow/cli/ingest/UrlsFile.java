package dev.newsflow.cli.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of URLs, one a line; blank lines and lines starting with {@code #} are skipped ({@code --urls-file},
 * {@code --feeds-file}).
 */
final class UrlsFile {

  private UrlsFile() {}

  static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }
}
