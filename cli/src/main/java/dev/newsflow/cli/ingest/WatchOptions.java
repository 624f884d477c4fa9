package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.Durations;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of a watched drop directory. */
public final class WatchOptions {

  @Option(names = "--settle", defaultValue = "1s",
      description = "A file is taken once its size and time stood still this long (default ${DEFAULT-VALUE}).")
  String settle;

  @Option(names = "--rescan", defaultValue = "10s",
      description = "Full rescan interval, the fallback when file events are missed (default ${DEFAULT-VALUE}).")
  String rescan;

  Duration settle() {
    return Durations.parse(settle);
  }

  Duration rescan() {
    return Durations.parse(rescan);
  }
}
