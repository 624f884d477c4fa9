package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of a watched drop directory. */
public final class WatchOptions {

  @Option(names = "--settle", defaultValue = "1s",
      description = "A file is taken once its size and time stood still this long (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration settle;

  @Option(names = "--rescan", defaultValue = "10s",
      description = "Full rescan interval, the fallback when file events are missed (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration rescan;

  Duration settle() {
    return settle;
  }

  Duration rescan() {
    return rescan;
  }
}
