package dev.newsflow.cli.options;

import dev.newsflow.ingest.file.ArticleFileReader;
import picocli.CommandLine.Option;

/** {@code --max-content-bytes}: the one limit on an article's size, shared by every command that reads articles. */
public final class ContentLimitOption {

  @Option(names = "--max-content-bytes", paramLabel = "BYTES", defaultValue = "" + ArticleFileReader.DEFAULT_MAX_BYTES,
      description = "Refuse an article (or a JSON line) larger than this, after gunzip; never truncated "
          + "(default ${DEFAULT-VALUE}).")
  public long maxContentBytes;
}
