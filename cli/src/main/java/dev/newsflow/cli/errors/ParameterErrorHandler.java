package dev.newsflow.cli.errors;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line: the error and one hint line ({@code Try 'newsflow X --help'}), exit code 2. The
 * full usage is one {@code --help} away; printed here it would scroll the error out of sight.
 */
public final class ParameterErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + message(error));
    err.println(suggestion(error) + "Try '" + name + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Picocli's message, with its doubled word for map options ("option option '--property'") mended. */
  static String message(ParameterException error) {
    String message = error.getMessage() == null ? "invalid arguments" : error.getMessage();
    return message.replace("option option '", "option '").strip();
  }

  private static String suggestion(ParameterException error) {
    if (error instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        return "Did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
            + "? ";
      }
    }
    return "";
  }
}
