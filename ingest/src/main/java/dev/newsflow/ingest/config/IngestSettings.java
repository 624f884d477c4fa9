package dev.newsflow.ingest.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
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

/**
 * The settings of everything that fetches over HTTP. Defaults come from ONE commented file,
 * {@code dev/newsflow/ingest/ingest-defaults.properties}; a user file, environment variables
 * ({@code NEWSFLOW_INGEST_<KEY>}) and flags override them, in that order. Unknown keys in a file or a flag are
 * refused with the list of known keys, so a typo never silently keeps a default.
 *
 * <p>Immutable and thread-safe.
 */
public final class IngestSettings {

  static final String DEFAULTS_RESOURCE = "/dev/newsflow/ingest/ingest-defaults.properties";
  static final String ENV_PREFIX = "NEWSFLOW_INGEST_";

  private final Map<String, String> values;
  /** Where each value came from, for error messages. */
  private final Map<String, String> origins;

  private IngestSettings(Map<String, String> values, Map<String, String> origins) {
    this.values = Collections.unmodifiableMap(values);
    this.origins = Collections.unmodifiableMap(origins);
  }

  /** The bundled defaults alone. */
  public static IngestSettings defaults() {
    Properties props = new Properties();
    try (InputStream in = IngestSettings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + DEFAULTS_RESOURCE + " on the class path");
      }
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    for (String key : new TreeSet<>(props.stringPropertyNames())) {
      values.put(key, props.getProperty(key).strip());
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
    }
    return new IngestSettings(v, o);
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

  /** "30s", "5m", "2h", "7d", "500ms", "0", or ISO-8601 ("PT30S"). */
  public static Duration parseDuration(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (s.equals("0")) {
        return Duration.ZERO;
      }
      if (s.startsWith("p")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
      }
      long n = Long.parseLong(s.substring(0, s.length() - 1));
      switch (s.charAt(s.length() - 1)) {
        case 's': return Duration.ofSeconds(n);
        case 'm': return Duration.ofMinutes(n);
        case 'h': return Duration.ofHours(n);
        case 'd': return Duration.ofDays(n);
        default: break;
      }
    } catch (RuntimeException e) {
      // the clear error below
    }
    throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 30s, 5m, 2h, 7d, 500ms or PT30S)");
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
