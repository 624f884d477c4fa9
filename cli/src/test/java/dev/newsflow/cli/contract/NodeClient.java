package dev.newsflow.cli.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JavaScript client of {@code src/test/js/third-party-client} with Node.js: installs its pinned packages
 * ({@code npm ci} from the committed lock file, install scripts off) into {@code target/third-party-client} once per
 * lock file, then runs {@code client.mjs} commands. Missing Node.js is a failure with a clear message, never a skip.
 */
final class NodeClient {

  private static final Path SOURCE = Path.of("src/test/js/third-party-client");
  private static final List<String> FILES = List.of("package.json", "package-lock.json", "client.mjs");

  private final Path dir;

  private NodeClient(Path dir) {
    this.dir = dir;
  }

  /** Copies the client to {@code target/}, installing its packages unless the same lock file is installed. */
  static NodeClient install() throws IOException, InterruptedException {
    requireTool("node", "--version");
    requireTool("npm", "--version");
    Path dir = Path.of("target/third-party-client").toAbsolutePath();
    Files.createDirectories(dir);
    Path installedLock = dir.resolve("node_modules/.package-lock.json.installed");
    byte[] lock = Files.readAllBytes(SOURCE.resolve("package-lock.json"));
    for (String file : FILES) {
      Files.copy(SOURCE.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.exists(installedLock) || !java.util.Arrays.equals(Files.readAllBytes(installedLock), lock)) {
      run(dir, Map.of(), Duration.ofMinutes(5), "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
      Files.write(installedLock, lock);
    }
    return new NodeClient(dir);
  }

  /** Runs {@code node client.mjs command} and returns its standard output; fails on a non-zero exit. */
  String run(String command, Map<String, String> environment) throws IOException, InterruptedException {
    return run(dir, environment, Duration.ofMinutes(2), "node", "client.mjs", command);
  }

  private static String run(Path dir, Map<String, String> environment, Duration timeout, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("KAFKAJS_NO_PARTITIONER_WARNING", "1");
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n"
            + Files.readString(stderr));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
            + Files.readString(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private static void requireTool(String tool, String versionFlag) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool, versionFlag));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      if (process.waitFor() == 0) {
        return;
      }
    } catch (IOException e) {
      // not on the PATH: fail below
    }
    throw new AssertionError("the third-party client test needs Node.js (18 or later) and npm on the PATH "
        + "(Debian: apt-get install nodejs npm); " + tool + " was not found");
  }
}
