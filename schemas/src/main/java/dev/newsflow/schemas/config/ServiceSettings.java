package dev.newsflow.schemas.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;

/**
 * One service's settings: their definitions (Kafka's {@link ConfigDef}: type, default, validator, importance, doc,
 * written once in the service's config class) and how a running service gets its values, later wins:
 *
 * <ol>
 *   <li>the defaults of the definitions;
 *   <li>a properties file ({@code --config FILE});
 *   <li>environment variables, {@code NEWSFLOW_<SERVICE>_<KEY>} with dots and dashes as underscores;
 *   <li>the command's own flags, then {@code --set KEY=VALUE}.
 * </ol>
 *
 * A key that is not defined is refused with the list of known keys (in a file as on the command line), so a typo
 * never silently keeps a default. Kafka client properties are not settings: they pass through {@code -X} and
 * {@code --client-config}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param service the service's name, used in messages and environment variable names ("enrich")
 * @param definition the settings
 */
public record ServiceSettings(String service, ConfigDef definition) {

  public ServiceSettings {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(definition, "definition");
  }

  /** The environment variable of {@code key}: {@code NEWSFLOW_ENRICH_DEDUPE_MIN_WORDS} for enrich's dedupe.min.words. */
  public String envName(String key) {
    return ("NEWSFLOW_" + service + "_" + key).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * The values given by the layers above the defaults (the config class applies the defaults and validates).
   *
   * @param file a properties file, or null
   * @param environment the process environment (only variables naming a known key are read)
   * @param flags the command's flags and {@code --set} pairs, in that order
   * @throws IllegalArgumentException for an unknown key or an unreadable file, saying where it came from
   */
  public Map<String, String> layered(Path file, Map<String, String> environment, Map<String, String> flags) {
    Map<String, String> values = new LinkedHashMap<>();
    if (file != null) {
      putAll(values, readFile(file), "file " + file);
    }
    for (String key : definition.names()) {
      String value = environment.get(envName(key));
      if (value != null) {
        values.put(key, value.strip());
      }
    }
    putAll(values, flags, "the command line");
    return values;
  }

  private void putAll(Map<String, String> values, Map<String, String> layer, String origin) {
    for (Map.Entry<String, String> e : layer.entrySet()) {
      String key = e.getKey().strip();
      if (!definition.names().contains(key)) {
        throw new IllegalArgumentException("unknown " + service + " setting '" + key + "' (from " + origin
            + "); known: " + String.join(", ", new TreeSet<>(definition.names())));
      }
      values.put(key, e.getValue() == null ? "" : e.getValue().strip());
    }
  }

  private Map<String, String> readFile(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + service + " config " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> map = new LinkedHashMap<>();
    new TreeSet<>(props.stringPropertyNames()).forEach(k -> map.put(k, props.getProperty(k)));
    return map;
  }

  /** The default of {@code key} as it would be written in a file or flag, or null when there is none. */
  public String defaultText(String key) {
    ConfigDef.ConfigKey k = definition.configKeys().get(key);
    if (k == null) {
      throw new IllegalArgumentException("unknown " + service + " setting '" + key + "'");
    }
    if (!k.hasDefault() || k.defaultValue == null) {
      return null;
    }
    Object value = k.defaultValue;
    if (value instanceof java.util.List<?> list) {
      return String.join(",", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
