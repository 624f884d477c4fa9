package dev.newsflow.app;

import dev.newsflow.app.cli.BenchCommand;
import dev.newsflow.app.cli.BuildCommand;
import dev.newsflow.app.cli.ConsumeCommand;
import dev.newsflow.app.cli.DemoCommand;
import dev.newsflow.app.cli.EnrichCommand;
import dev.newsflow.app.cli.ExtractCommand;
import dev.newsflow.app.cli.IngestCommand;
import dev.newsflow.app.cli.LocalCommand;
import dev.newsflow.app.cli.QueryCommand;
import dev.newsflow.app.cli.SinkCommand;
import dev.newsflow.app.cli.StatsCommand;
import dev.newsflow.app.cli.TagCommand;
import dev.newsflow.app.cli.TopicsCommand;
import dev.newsflow.app.cli.TrainCommand;
import dev.newsflow.app.cli.TrendsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command. Every subcommand is also usable from tests through {@link #commandLine()}. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A streaming news event pipeline on Kafka: ingest, enrich, sink.",
    subcommands = {
        DemoCommand.class, LocalCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
        ConsumeCommand.class, QueryCommand.class, StatsCommand.class, TrendsCommand.class, ExtractCommand.class,
        BenchCommand.class, TagCommand.class, BuildCommand.class, TopicsCommand.class, TrainCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
