package dev.newsflow.app.cli;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.file.FileIngester;
import dev.newsflow.ingest.publish.ArticlePublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow ingest}: publishes raw articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Publish raw articles to Kafka.",
    subcommands = {IngestCommand.Files.class, IngestUrlCommand.class, IngestFeedCommand.class,
        IngestFeedsCommand.class, IngestSitemapCommand.class})
public final class IngestCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow ingest files PATH...}. */
  @Command(name = "files", mixinStandardHelpOptions = true,
      description = "Publish HTML and text files (.html, .htm, .txt, optionally .gz); directories are walked.")
  static final class Files implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Option(names = "--max-content-bytes", defaultValue = "" + ArticleFileReader.DEFAULT_MAX_BYTES,
        description = "Refuse articles larger than this (default ${DEFAULT-VALUE}).")
    long maxContentBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      IngestReport report;
      try (ArticlePublisher publisher = new ArticlePublisher(cluster.settings(), cluster.topics().raw())) {
        report = new FileIngester(new ArticleFileReader(maxContentBytes, Clock.systemUTC()), publisher).ingest(paths);
      }
      report.publishedIds().forEach(out::println);
      report.failures().forEach(f -> err.println("failed: " + f.input() + ": " + f.reason()));
      err.println(report + " to " + cluster.topics().raw());
      return report.hasFailures() ? 1 : 0;
    }
  }
}
