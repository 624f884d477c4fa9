package dev.newsflow.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;

/**
 * One {@code newsflow} command run in this JVM, as {@link Main#main} runs it (same handlers), with its output,
 * error output, exit code and how long it took.
 */
public record CliRun(int exit, String out, String err, Duration took) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    long start = System.nanoTime();
    int exit = commandLine.execute(args);
    return new CliRun(exit, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
  }

  /** The non-empty lines of the error output. */
  public List<String> errLines() {
    return err.lines().filter(line -> !line.isBlank()).toList();
  }
}
