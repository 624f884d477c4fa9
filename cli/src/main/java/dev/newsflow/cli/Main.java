package dev.newsflow.cli;

import dev.newsflow.cli.bench.BenchCommand;
import dev.newsflow.cli.ingest.IngestCommand;
import dev.newsflow.cli.options.SettingsCommand;
import dev.newsflow.cli.query.ConsumeCommand;
import dev.newsflow.cli.query.QueryCommand;
import dev.newsflow.cli.query.StatsCommand;
import dev.newsflow.cli.query.TrendsCommand;
import dev.newsflow.cli.run.DemoCommand;
import dev.newsflow.cli.run.EnrichCommand;
import dev.newsflow.cli.run.LocalCommand;
import dev.newsflow.cli.run.SinkCommand;
import dev.newsflow.cli.tools.BuildCommand;
import dev.newsflow.cli.tools.ConfigCommand;
import dev.newsflow.cli.tools.ExtractCommand;
import dev.newsflow.cli.tools.TagCommand;
import dev.newsflow.cli.tools.TopicsCommand;
import dev.newsflow.cli.tools.TrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

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
        ConfigCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::userError);
    SettingsCommand.attach(commandLine);
    return commandLine;
  }

  /** A setting or argument the user got wrong is one line and exit code 2, not a stack trace. */
  private static int userError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
      throws Exception {
    if (!(e instanceof IllegalArgumentException)) {
      throw e;
    }
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    commandLine.getErr().flush();
    return 2;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
