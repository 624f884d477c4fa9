package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.Durations;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.watch.DropDirectory;
import dev.newsflow.ingest.watch.DropFileLoader;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Options of a watched drop directory. */
public final class WatchOptions {

  @Option(names = "--settle", defaultValue = "1s",
      description = "A file is taken once its size and time stood still this long (default ${DEFAULT-VALUE}).")
  String settle;

  @Option(names = "--rescan", defaultValue = "10s",
      description = "Full rescan interval, the fallback when file events are missed (default ${DEFAULT-VALUE}).")
  String rescan;

  DropDirectory directory(Path dir, ArticlePublisher publisher, long maxContentBytes) {
    DropFileLoader loader = new DropFileLoader(new ArticleFileReader(maxContentBytes, Clock.systemUTC()),
        new ArticleJson(maxContentBytes, Clock.systemUTC()), maxContentBytes);
    return new DropDirectory(dir, loader, publisher, Durations.parse(settle), Durations.parse(rescan));
  }
}
