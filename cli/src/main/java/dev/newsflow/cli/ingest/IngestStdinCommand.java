package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest stdin [--url URL]}: JSON Lines or one HTML/text document from standard input. */
@Command(name = "stdin", mixinStandardHelpOptions = true,
    description = "Publish standard input: JSON Lines of articles, or one HTML or text document (detected;"
        + " gzip too).")
final class IngestStdinCommand implements Callable<Integer> {

  @Mixin
  ClusterOptions cluster;

  @Mixin
  BulkOptions options;

  @Option(names = "--url", description = "The document's URL (gives its id); else its canonical link, else its"
      + " content decides the id. Ignored for JSON Lines.")
  String url;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return BulkRun.stdin(spec, cluster, options, url);
  }
}
