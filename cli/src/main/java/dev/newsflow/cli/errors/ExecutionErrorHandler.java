package dev.newsflow.cli.errors;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed while running: one line naming the command and what went wrong, and a non-zero exit code
 * ({@link ErrorLine}). The stack trace only with {@code --verbose}; an error we did not foresee says so.
 */
public final class ExecutionErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    boolean verbose = Verbosity.requested(parseResult);
    String line = command.getCommandSpec().qualifiedName() + ": " + ErrorLine.of(error);
    if (!verbose && !ErrorLine.isExpected(error)) {
      line += " (" + Verbosity.OPTION + " shows where)";
    }
    err.println(line);
    if (verbose) {
      error.printStackTrace(err);
    }
    err.flush();
    return ErrorLine.exitCode(error);
  }
}
