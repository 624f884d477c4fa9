package dev.newsflow.cli.errors;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.config.ConfigException;

/** The one line that describes an exception to a user, and the exit code that goes with it. */
public final class ErrorLine {

  /** Exit code of a mistake in the arguments or settings (picocli's code for invalid input). */
  public static final int USAGE = 2;
  /** Exit code of a failure while running. */
  public static final int FAILURE = 1;

  private ErrorLine() {}

  /** What went wrong, on one line. */
  public static String of(Throwable error) {
    Throwable e = unwrap(error);
    String text;
    if (e instanceof NoSuchFileException missing) {
      text = "no such file: " + missing.getFile();
    } else if (e instanceof AccessDeniedException denied) {
      text = "permission denied: " + denied.getFile();
    } else if (e instanceof NotDirectoryException notDir) {
      text = "not a directory: " + notDir.getFile();
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      text = fs.getFile() + ": " + fs.getReason();
    } else if (e instanceof DateTimeParseException parse) {
      text = "cannot read '" + parse.getParsedString() + "' as a date or time";
    } else if (isExpected(e) && e.getMessage() != null) {
      text = e.getMessage();
    } else {
      text = unexpected(e);
    }
    return firstLine(text);
  }

  /**
   * What went wrong with one input (a file, or "-" for stdin), on one line: "no such file: /x/a.html", or the
   * input followed by the reason when the reason does not name it.
   */
  public static String about(String input, Throwable error) {
    String line = of(error);
    return line.contains(input) ? line : input + ": " + line;
  }

  /** The exit code for {@code error}: usage mistakes 2, other failures 1 (or what a {@link CommandFailure} says). */
  public static int exitCode(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof CommandFailure failure) {
      return failure.exitCode();
    }
    return e instanceof IllegalArgumentException || e instanceof ConfigException ? USAGE : FAILURE;
  }

  /** Whether the message was written for the user, so a stack trace would add nothing for them. */
  public static boolean isExpected(Throwable error) {
    Throwable e = unwrap(error);
    return e instanceof CommandFailure || e instanceof IllegalArgumentException || e instanceof ConfigException
        || e instanceof FileSystemException || e instanceof DateTimeParseException;
  }

  /** Wrappers that only carry another exception (unchecked I/O) give way to what they carry. */
  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  /** An unexpected error: its message and, when different, its root cause's, so the line says the real reason. */
  private static String unexpected(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = describe(e);
    if (root != e && root.getMessage() != null && !text.contains(root.getMessage())) {
      text += ": " + describe(root);
    }
    return text;
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
        : e.getMessage();
  }

  private static String firstLine(String text) {
    String line = text.strip();
    int end = line.indexOf('\n');
    return end < 0 ? line : line.substring(0, end).strip();
  }
}
