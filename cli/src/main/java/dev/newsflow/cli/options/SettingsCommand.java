package dev.newsflow.cli.options;

import dev.newsflow.schemas.config.ServiceSettings;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * A command that runs a service with defined settings. {@link #attach} gives every option whose
 * {@code descriptionKey} names a setting its default and its help text from the definition, so neither is written
 * twice (the annotations hold names only).
 */
public interface SettingsCommand {

  ServiceSettings settings();

  /** For each subcommand (at any depth) that is a {@link SettingsCommand}: defaults and help from its settings. */
  static void attach(CommandLine commandLine) {
    if (commandLine.getCommand() instanceof SettingsCommand command) {
      ServiceSettings settings = command.settings();
      commandLine.setDefaultValueProvider(new Defaults(settings));
      commandLine.setResourceBundle(descriptions(settings));
    }
    commandLine.getSubcommands().values().forEach(SettingsCommand::attach);
  }

  /** The help text of each setting, looked up by the options' description keys. */
  private static ResourceBundle descriptions(ServiceSettings settings) {
    Object[][] contents = settings.definition().configKeys().values().stream()
        .map(key -> new Object[] {key.name, key.documentation + " Setting " + key.name + describeDefault(key)})
        .toArray(Object[][]::new);
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return contents;
      }
    };
  }

  private static String describeDefault(ConfigDef.ConfigKey key) {
    return key.defaultValue == null ? "." : ", default ${DEFAULT-VALUE}.";
  }

  /** Defaults of the options that name a setting; other options keep their own. */
  final class Defaults implements IDefaultValueProvider {
    private final ServiceSettings settings;

    Defaults(ServiceSettings settings) {
      this.settings = settings;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
      if (argSpec instanceof OptionSpec option && option.descriptionKey() != null
          && settings.definition().names().contains(option.descriptionKey())) {
        return settings.defaultText(option.descriptionKey());
      }
      return null;
    }
  }
}
