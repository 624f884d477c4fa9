package dev.newsflow.cli.bench;

import dev.newsflow.cli.options.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options the timed {@code newsflow bench} commands share: {@code --warmup}, {@code --duration} and
 * {@code --json}. How long to warm up and measure differs by command (a pipeline run needs longer than a loop on one
 * thread), and a mixin's defaults would be the same for all, so the options here have none: each command names its
 * own in a {@link Defaults} subclass given as its {@code defaultValueProvider}, which fills the fields and the
 * help's {@code (default ...)} as an annotation default would.
 */
final class BenchOptions {

  @Option(names = "--warmup", description = "Run before measuring; not counted (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration warmup;

  @Option(names = "--duration", description = "Measured time (default ${DEFAULT-VALUE}).",
      converter = DurationConverter.class)
  Duration duration;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  Duration warmupTime() {
    return warmup;
  }

  Duration measuredTime() {
    return duration;
  }

  /** A command's defaults for {@code --warmup} and {@code --duration}; no say over its other options. */
  abstract static class Defaults implements IDefaultValueProvider {
    private final String warmup;
    private final String duration;

    Defaults(String warmup, String duration) {
      this.warmup = warmup;
      this.duration = duration;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
      if (arg instanceof OptionSpec option) {
        return switch (option.longestName()) {
          case "--warmup" -> warmup;
          case "--duration" -> duration;
          default -> null;
        };
      }
      return null;
    }
  }
}
