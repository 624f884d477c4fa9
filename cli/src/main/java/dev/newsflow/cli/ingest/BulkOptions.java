package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ContentLimitOption;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.progress.Terminal;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the one-shot bulk loads ({@code ingest files|jsonl|stdin|warc}). */
public final class BulkOptions {

  @Mixin
  ContentLimitOption contentLimit;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Option(names = "--progress",
      description = "Progress on stderr even when it is not a terminal (one line a second).")
  boolean progress;

  @Option(names = "--no-ids", description = "Do not print the published ids on stdout.")
  boolean noIds;

  /** The reader of article files (HTML, text) under this content limit. */
  ArticleFileReader fileReader() {
    return new ArticleFileReader(contentLimit.maxContentBytes, Clock.systemUTC());
  }

  /** The JSON article reader every bulk command shares, under this content limit. */
  ArticleJson articleJson() {
    return new ArticleJson(contentLimit.maxContentBytes, Clock.systemUTC());
  }

  /** Progress is shown on a terminal unless --quiet, and anywhere with --progress. */
  boolean showProgress() {
    return !quiet && (progress || Terminal.stderrIsTerminal());
  }

  /** Redraw one line only on a terminal. */
  boolean redraw() {
    return Terminal.stderrIsTerminal();
  }
}
