package dev.newsflow.cli.errors;

/**
 * A failure a command reports as one line (its message: what went wrong and what to do) and an exit code, without
 * a stack trace. Thrown for conditions the user can fix: a cluster that cannot be reached, a file in use.
 */
public final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CommandFailure(String message) {
    this(message, 1, null);
  }

  public CommandFailure(String message, Throwable cause) {
    this(message, 1, cause);
  }

  public CommandFailure(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
