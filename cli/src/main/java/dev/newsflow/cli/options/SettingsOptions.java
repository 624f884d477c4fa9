package dev.newsflow.cli.options;

import dev.newsflow.schemas.config.ServiceSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A service's settings from the command line: {@code --config FILE}, {@code --set KEY=VALUE}, and the command's
 * named flags for settings (an option whose {@code descriptionKey} is a setting's key, e.g. {@code --threads} for
 * {@code threads}). Only flags given on the command line count, so a file or the environment is never overridden
 * by a default; the defaults live in the service's definitions (see {@link SettingsCommand}).
 */
public final class SettingsOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of this service's settings ('newsflow config defaults SERVICE' prints one).")
  Path file;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "One setting by its key (see docs/configuration.md); repeatable; wins over flags and --config.")
  Map<String, String> set = new LinkedHashMap<>();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * The values given for {@code settings}, later wins: file, environment, named flags, {@code --set}.
   *
   * @throws IllegalArgumentException for an unknown key or an unreadable file
   */
  public Map<String, String> values(ServiceSettings settings) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      String key = option.descriptionKey();
      if (key != null && settings.definition().names().contains(key)) {
        flags.put(key, String.join(",", option.stringValues()));
      }
    }
    flags.putAll(set);
    return settings.layered(file, System.getenv(), flags);
  }
}
