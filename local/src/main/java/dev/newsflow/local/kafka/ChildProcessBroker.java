package dev.newsflow.local.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the broker in a child JVM ({@code java -cp <our class path> ChildBrokerMain server.properties}, which runs
 * {@code kafka.Kafka}): its own heap, GC and logging, and it can be killed like a real server. The storage is
 * formatted in this JVM first (quicker than a second child JVM). Output goes to {@code broker.log} in the data dir.
 *
 * <p>The child must not outlive us: a stop closes its stdin (it then exits cleanly; see {@link ChildBrokerMain}),
 * then signals it, then kills it; a shutdown hook does the same if this JVM exits first, and if this JVM is killed
 * outright the child sees its stdin close and exits by itself. Not thread-safe.
 */
final class ChildProcessBroker implements BrokerRuntime {

  private static final Logger log = LoggerFactory.getLogger(ChildProcessBroker.class);
  static final String SERVER_PROPERTIES = "server.properties";
  static final String LOG_FILE = "broker.log";
  private static final String START_MARKER = "--- starting the broker";
  static final String LOGBACK_CONFIG = "dev/newsflow/local/kafka/broker-logback.xml";
  private static final Duration SHUTDOWN_HOOK_GRACE = Duration.ofSeconds(10);
  private static final Duration LAST_RESORT_WAIT = Duration.ofSeconds(5);

  private final Path dataDir;
  private final List<String> jvmOptions;
  private Process process;
  private Thread shutdownHook;

  ChildProcessBroker(Path dataDir, List<String> jvmOptions) {
    this.dataDir = dataDir;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  @Override
  public void start(Properties serverProperties) throws Exception {
    StorageFormatter.formatIfNeeded(KafkaConfig.fromProps(serverProperties, false));
    Path propertiesFile = dataDir.resolve(SERVER_PROPERTIES);
    try (OutputStream out = Files.newOutputStream(propertiesFile)) {
      serverProperties.store(out, "written by newsflow EmbeddedKafka; rewritten on every start");
    }
    Path logFile = logFile();
    Files.writeString(logFile, START_MARKER + " " + Instant.now() + " ---\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    process = new ProcessBuilder(command(propertiesFile))
        .directory(dataDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .start();
    Process started = process;
    shutdownHook = new Thread(() -> terminate(started, SHUTDOWN_HOOK_GRACE), "embedded-kafka-child-stopper");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private List<String> command(Path propertiesFile) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Our own logback config for the broker (server-log style, INFO), not the host application's or a test's.
    // Ignored if logback is not on the class path; a childJvmOption can name another (the last -D wins).
    command.add("-Dlogback.configurationFile=" + LOGBACK_CONFIG);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(absoluteClassPath(System.getProperty("java.class.path")));
    command.add(ChildBrokerMain.class.getName());
    command.add(propertiesFile.toAbsolutePath().toString());
    return command;
  }

  /**
   * The child runs in the data directory, so relative class path entries (as in {@code java -jar
   * cli/target/newsflow.jar}) must be made absolute against this JVM's working directory first.
   */
  static String absoluteClassPath(String classPath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  Path logFile() {
    return dataDir.resolve(LOG_FILE);
  }

  /** The running child, if any. */
  Optional<ProcessHandle> handle() {
    return Optional.ofNullable(process).map(Process::toHandle);
  }

  @Override
  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  @Override
  public void stop(Duration timeout) {
    if (process == null) {
      return;
    }
    terminate(process, timeout);
    process = null;
    removeShutdownHook();
  }

  /**
   * Closes stdin first (the child exits cleanly), after {@code timeout} sends SIGTERM (also clean, but not on every
   * OS), and a little later SIGKILL.
   */
  private static void terminate(Process process, Duration timeout) {
    try {
      closeQuietly(process);
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      log.warn("Kafka child process {} did not stop within {}; signalling it", process.pid(), timeout);
      process.destroy();
      if (process.waitFor(LAST_RESORT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      log.warn("Kafka child process {} ignored the signal; killing it", process.pid());
      process.destroyForcibly();
      process.waitFor(LAST_RESORT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already closed or the child is gone; the signals below still apply
    }
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run; nothing left to undo
    }
    shutdownHook = null;
  }

  /** The first error lines and the last lines of the child's log, for error messages. */
  String logExcerpt(int maxLines) {
    try {
      List<String> lines = linesOfLastStart(Files.readAllLines(logFile(), StandardCharsets.UTF_8));
      List<String> errors = lines.stream()
          .filter(line -> line.contains(" ERROR ") || line.startsWith("Caused by:") || line.contains("Exception:"))
          .limit(maxLines)
          .toList();
      List<String> tail = lines.subList(Math.max(0, lines.size() - maxLines), lines.size());
      return "first errors:\n" + String.join("\n", errors) + "\nlast lines:\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The log is appended to on every start; only the latest start matters for its errors. */
  private static List<String> linesOfLastStart(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(START_MARKER)) {
        return lines.subList(i, lines.size());
      }
    }
    return lines;
  }

  @Override
  public String describe() {
    return process == null ? "child process" : "child process " + process.pid();
  }
}
