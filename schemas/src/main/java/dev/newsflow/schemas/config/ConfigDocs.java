package dev.newsflow.schemas.config;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The reference of a service's settings, generated from their definitions: a Markdown table for
 * {@code docs/configuration.md} ({@code newsflow config docs}) and a commented properties file to start a
 * {@code --config} file from ({@code newsflow config defaults SERVICE}).
 */
public final class ConfigDocs {

  private ConfigDocs() {}

  /** One row per setting, in definition order: key, default, valid values, environment variable, meaning. */
  public static String markdown(ServiceSettings settings) {
    StringBuilder out = new StringBuilder();
    out.append("| key | default | valid values | environment | meaning |\n");
    out.append("|---|---|---|---|---|\n");
    for (ConfigDef.ConfigKey key : keys(settings)) {
      String def = settings.defaultText(key.name);
      out.append("| `").append(key.name).append("` | ")
          .append(def == null ? "none" : def.isEmpty() ? "(empty)" : "`" + def + "`").append(" | ")
          .append(cell(valid(key))).append(" | `").append(settings.envName(key.name)).append("` | ")
          .append(cell(key.documentation)).append(" |\n");
    }
    return out.toString();
  }

  /** Every setting with its documentation as a comment and its default as the value. */
  public static String properties(ServiceSettings settings) {
    StringBuilder out = new StringBuilder();
    out.append("# newsflow ").append(settings.service()).append(" settings, with their defaults.\n")
        .append("# Later wins: these defaults, a file given with --config, environment variables (NEWSFLOW_")
        .append(settings.service().toUpperCase(java.util.Locale.ROOT)).append("_<KEY>), flags and --set KEY=VALUE.\n");
    String group = null;
    for (ConfigDef.ConfigKey key : keys(settings)) {
      if (key.group != null && !key.group.equals(group)) {
        group = key.group;
        out.append("\n# --- ").append(group).append(" ---\n");
      }
      out.append('\n');
      for (String line : wrap(key.documentation, 110)) {
        out.append("# ").append(line).append('\n');
      }
      String valid = valid(key);
      if (!valid.isEmpty()) {
        out.append("# Valid: ").append(valid).append('\n');
      }
      String def = settings.defaultText(key.name);
      out.append(def == null ? "#" + key.name + "=" : key.name + "=" + def).append('\n');
    }
    return out.toString();
  }

  private static List<ConfigDef.ConfigKey> keys(ServiceSettings settings) {
    return new ArrayList<>(settings.definition().configKeys().values());
  }

  private static String valid(ConfigDef.ConfigKey key) {
    return key.validator == null ? key.type.name().toLowerCase(java.util.Locale.ROOT) : key.validator.toString();
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : (text == null ? "" : text).split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
