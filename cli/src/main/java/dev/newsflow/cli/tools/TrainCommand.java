package dev.newsflow.cli.tools;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code newsflow train}: builds the project's models (NER: docs/entities.md; topics) from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train models from labelled data.",
    subcommands = {TrainNerCommand.class, TrainTopicsCommand.class, CommandLine.HelpCommand.class})
public final class TrainCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
