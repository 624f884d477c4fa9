package dev.newsflow.ingest.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, which decides if progress is shown by default. */
public final class Terminal {

  private Terminal() {}

  /**
   * True when standard error is a terminal. Java has no isatty; on Linux the target of {@code /proc/self/fd/2}
   * tells, elsewhere {@link System#console()} (stdin and stdout are terminals) is the best guess.
   */
  public static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
