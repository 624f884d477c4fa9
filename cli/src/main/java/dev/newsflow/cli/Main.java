package dev.newsflow.cli;

import dev.newsflow.cli.bench.BenchCommand;
import dev.newsflow.cli.errors.ExecutionErrorHandler;
import dev.newsflow.cli.errors.ParameterErrorHandler;
import dev.newsflow.cli.errors.Verbosity;
import dev.newsflow.cli.ingest.IngestCommand;
import dev.newsflow.cli.options.SettingsCommand;
import dev.newsflow.cli.query.ConsumeCommand;
import dev.newsflow.cli.query.QueryCommand;
import dev.newsflow.cli.query.StatsCommand;
import dev.newsflow.cli.query.StoriesCommand;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code newsflow} command. Every subcommand is also usable from tests through {@link #commandLine()}. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A streaming news event pipeline on Kafka: ingest, enrich, sink.",
    subcommands = {
        DemoCommand.class, LocalCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class,
        ConsumeCommand.class, QueryCommand.class, StoriesCommand.class, StatsCommand.class, TrendsCommand.class,
        ExtractCommand.class,
        BenchCommand.class, TagCommand.class, BuildCommand.class, TopicsCommand.class, TrainCommand.class,
        ConfigCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  // Read from the parse result (Verbosity.requested), so any subcommand's copy of the option counts.
  @Option(names = Verbosity.OPTION, scope = ScopeType.INHERIT,
      description = "Also show Kafka's warnings, debug lines and the stack trace of a failure.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command with its error handling: a mistake in the arguments is the error and one hint line, a failure
   * while running one line, both with a non-zero exit code; {@code --verbose} adds logs and stack traces.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new ParameterErrorHandler())
        .setExecutionExceptionHandler(new ExecutionErrorHandler())
        .setExecutionStrategy(parseResult -> {
          Verbosity.apply(Verbosity.requested(parseResult));
          return new CommandLine.RunLast().execute(parseResult);
        });
    SettingsCommand.attach(commandLine);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
