package dev.newsflow.schemas.config;

import java.time.Duration;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A {@link ConfigDef.Validator} for settings written as durations ({@link Durations}: "30s", "7d", "500ms", ...),
 * with optional bounds. The setting's type is STRING; read it with {@link Durations#parse}.
 */
public final class DurationValidator implements ConfigDef.Validator {

  private final Duration min;
  private final Duration max;
  private final boolean nullable;

  private DurationValidator(Duration min, Duration max, boolean nullable) {
    this.min = min;
    this.max = max;
    this.nullable = nullable;
  }

  public static DurationValidator any() {
    return new DurationValidator(null, null, false);
  }

  public static DurationValidator atLeast(Duration min) {
    return new DurationValidator(min, null, false);
  }

  public static DurationValidator between(Duration min, Duration max) {
    return new DurationValidator(min, max, false);
  }

  /** The same bounds, and no value at all is allowed too. */
  public DurationValidator orNull() {
    return new DurationValidator(min, max, true);
  }

  @Override
  public void ensureValid(String name, Object value) {
    if (value == null) {
      if (!nullable) {
        throw new ConfigException(name, null, "a duration is required");
      }
      return;
    }
    Duration d;
    try {
      d = Durations.parse(value.toString());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name, value, e.getMessage());
    }
    if (min != null && d.compareTo(min) < 0) {
      throw new ConfigException(name, value, "must be at least " + Durations.format(min));
    }
    if (max != null && d.compareTo(max) > 0) {
      throw new ConfigException(name, value, "must be at most " + Durations.format(max));
    }
  }

  @Override
  public String toString() {
    String bounds = min == null && max == null ? "" : max == null ? " >= " + Durations.format(min)
        : " in " + Durations.format(min) + ".." + Durations.format(max);
    return "a duration (30s, 5m, 2h, 7d, 500ms)" + bounds;
  }
}
