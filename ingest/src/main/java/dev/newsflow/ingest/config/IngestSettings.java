package dev.newsflow.ingest.config;

import dev.newsflow.schemas.config.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The settings of everything that fetches over HTTP, with where each value came from. The keys, defaults and
 * validators are defined once, in {@link IngestDefinitions}; a user file, environment variables
 * ({@code NEWSFLOW_INGEST_<KEY>}) and flags override the defaults, in that order. Unknown keys in a file or a flag
 * are refused with the list of known keys, so a typo never silently keeps a default; a value of the wrong kind is
 * refused when the settings are built, naming where it came from.
 *
 * <p>Immutable and thread-safe.
 */
public final class IngestSettings {

  static final String ENV_PREFIX = "NEWSFLOW_INGEST_";

  private final Map<String, String> values;
  /** Where each value came from, for error messages. */
  private final Map<String, String> origins;

  private IngestSettings(Map<String, String> values, Map<String, String> origins) {
    this.values = Collections.unmodifiableMap(values);
    this.origins = Collections.unmodifiableMap(origins);
  }

  /** The defaults of the definitions alone. */
  public static IngestSettings defaults() {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    for (String key : new TreeSet<>(IngestDefinitions.CONFIG.names())) {
      String value = IngestDefinitions.SETTINGS.defaultText(key);
      values.put(key, value == null ? "" : value);
      origins.put(key, "defaults");
    }
    return new IngestSettings(values, origins);
  }

  /**
   * Defaults, then the user file (may be null), then the environment, then flags.
   *
   * @throws IllegalArgumentException for an unknown key in the file or the flags, or an unreadable file
   */
  public static IngestSettings load(Path userFile, Map<String, String> environment, Map<String, String> flags) {
    IngestSettings settings = defaults();
    if (userFile != null) {
      settings = settings.withFile(userFile);
    }
    return settings.withEnvironment(environment).with(flags, "flag");
  }

  /** These settings with a properties file on top. */
  public IngestSettings withFile(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read ingest config " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> map = new LinkedHashMap<>();
    props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
    return with(map, "file " + file);
  }

  /** These settings with the {@code NEWSFLOW_INGEST_*} variables that name a known key on top; others ignored. */
  public IngestSettings withEnvironment(Map<String, String> environment) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String key : values.keySet()) {
      String value = environment.get(envName(key));
      if (value != null) {
        map.put(key, value);
      }
    }
    return with(map, "environment");
  }

  /** These settings with overrides on top (tests and flags). */
  public IngestSettings with(Map<String, String> overrides) {
    return with(overrides, "override");
  }

  /** One override. */
  public IngestSettings with(String key, String value) {
    return with(Map.of(key, value), "override");
  }

  private IngestSettings with(Map<String, String> overrides, String origin) {
    Map<String, String> v = new LinkedHashMap<>(values);
    Map<String, String> o = new LinkedHashMap<>(origins);
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String key = e.getKey().strip();
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("unknown ingest setting '" + key + "' (from " + origin + "); known: "
            + String.join(", ", values.keySet()));
      }
      v.put(key, e.getValue() == null ? "" : e.getValue().strip());
      o.put(key, origin);
      validate(key, v.get(key), origin);
    }
    return new IngestSettings(v, o);
  }

  /** Checks one value against its definition (type, bounds), naming where it came from. */
  private static void validate(String key, String value, String origin) {
    ConfigDef.ConfigKey def = IngestDefinitions.CONFIG.configKeys().get(key);
    try {
      Object parsed = ConfigDef.parseType(key, value, def.type);
      if (def.validator != null) {
        def.validator.ensureValid(key, parsed);
      }
    } catch (ConfigException e) {
      throw new IllegalArgumentException("invalid ingest setting " + key + "='" + value + "' (from " + origin
          + "): " + e.getMessage(), e);
    }
  }

  /** The environment variable that overrides a key: {@code host.delay} is {@code NEWSFLOW_INGEST_HOST_DELAY}. */
  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public Map<String, String> asMap() {
    return values;
  }

  public String string(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("unknown ingest setting '" + key + "'");
    }
    return value;
  }

  public boolean bool(String key) {
    String value = string(key).toLowerCase(Locale.ROOT);
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw invalid(key, "true or false");
  }

  public int integer(String key, int min) {
    long value = number(key, min);
    if (value > Integer.MAX_VALUE) {
      throw invalid(key, "a whole number up to " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  public long number(String key, long min) {
    long value;
    try {
      value = Long.parseLong(string(key).replace("_", ""));
    } catch (NumberFormatException e) {
      throw invalid(key, "a whole number");
    }
    if (value < min) {
      throw invalid(key, "at least " + min);
    }
    return value;
  }

  public Duration duration(String key) {
    try {
      Duration d = parseDuration(string(key));
      if (d.isNegative()) {
        throw invalid(key, "a duration that is not negative");
      }
      return d;
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("invalid ingest setting")) {
        throw e;
      }
      throw invalid(key, "a duration such as 500ms, 30s, 5m, 2h, 7d or PT30S");
    }
  }

  /** Comma-separated values, blanks dropped. */
  public List<String> list(String key) {
    return Arrays.stream(string(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private IllegalArgumentException invalid(String key, String expected) {
    return new IllegalArgumentException("invalid ingest setting " + key + "='" + values.get(key) + "' (from "
        + origins.get(key) + "): expected " + expected);
  }

  /** "30s", "5m", "2h", "7d", "500ms", "0", or ISO-8601 ("PT30S"): the one duration syntax of every service. */
  public static Duration parseDuration(String text) {
    return Durations.parse(text);
  }

  /** The newsflow version from the build, or "dev" when run from classes without one. */
  public static String version() {
    Properties props = new Properties();
    try (InputStream in = IngestSettings.class.getResourceAsStream("/dev/newsflow/ingest/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      return "dev";
    }
    String v = props.getProperty("version", "dev");
    return v.contains("${") ? "dev" : v;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
