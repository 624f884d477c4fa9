package dev.newsflow.app.cli;

import picocli.CommandLine.Command;

/** {@code newsflow train}: builds models from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train models from labelled data.",
    subcommands = {TrainTopicsCommand.class})
public final class TrainCommand {
}
