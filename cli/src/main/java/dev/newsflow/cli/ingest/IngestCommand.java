package dev.newsflow.cli.ingest;

import dev.newsflow.cli.options.ClusterOptions;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.file.FileIngester;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: publishes raw articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Publish raw articles to Kafka.",
    subcommands = {IngestCommand.Files.class, IngestJsonlCommand.class, IngestStdinCommand.class,
        IngestWarcCommand.class, IngestWatchCommand.class, IngestServeCommand.class, IngestUrlCommand.class,
        IngestFeedCommand.class, IngestFeedsCommand.class, IngestSitemapCommand.class, IngestDeleteCommand.class})
public final class IngestCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow ingest files PATH... | -}. */
  @Command(name = "files", mixinStandardHelpOptions = true,
      description = "Publish HTML and text files (.html, .htm, .txt, optionally .gz); directories are walked;"
          + " - reads standard input (JSON Lines or one document).")
  static final class Files implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Mixin
    BulkOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories, or - for stdin.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if (paths.equals(List.of(Path.of("-")))) {
        return BulkRun.stdin(spec, cluster, options, null);
      }
      ArticleFileReader reader = options.fileReader();
      return BulkRun.run(spec, cluster, options, "files", FileIngester.totalBytes(paths),
          (load, bytes) -> FileIngester.load(reader, paths, load, bytes));
    }
  }
}
