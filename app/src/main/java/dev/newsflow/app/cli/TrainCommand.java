package dev.newsflow.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow train}: rebuilds the project's trained models from openly licensed and project-written data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the project's models (see docs/entities.md).",
    subcommands = {TrainNerCommand.class, CommandLine.HelpCommand.class})
public final class TrainCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
