package dev.newsflow.ops.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed Prometheus text exposition (what {@code /metrics} returns), for tests and checks that compare what a
 * service exports with what dashboards and alerts expect. Only samples are kept (comments skipped). Immutable.
 */
public final class ScrapedMetrics {

  /** One sample line: name, labels, value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;

  private ScrapedMetrics(List<Sample> samples) {
    this.samples = List.copyOf(samples);
  }

  public static ScrapedMetrics parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      samples.add(parseLine(trimmed));
    }
    return new ScrapedMetrics(samples);
  }

  public List<Sample> samples() {
    return samples;
  }

  /** The distinct sample names. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(sample -> names.add(sample.name()));
    return names;
  }

  /** Whether some sample has this name. */
  public boolean has(String name) {
    return samples.stream().anyMatch(sample -> sample.name().equals(name));
  }

  /** The sum of the samples named {@code name} whose labels include {@code labels} (0 when none match). */
  public double sum(String name, Map<String, String> labels) {
    double sum = 0;
    for (Sample sample : samples) {
      if (sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet())) {
        sum += sample.value();
      }
    }
    return sum;
  }

  private static Sample parseLine(String line) {
    int brace = line.indexOf('{');
    int space;
    Map<String, String> labels = new LinkedHashMap<>();
    String name;
    if (brace >= 0 && brace < line.indexOf(' ')) {
      name = line.substring(0, brace);
      int end = parseLabels(line, brace + 1, labels);
      space = end;
    } else {
      space = line.indexOf(' ');
      name = line.substring(0, space);
    }
    String rest = line.substring(space).strip();
    int next = rest.indexOf(' ');
    String value = next < 0 ? rest : rest.substring(0, next); // a timestamp may follow
    return new Sample(name, labels, parseValue(value));
  }

  /** Reads {@code a="x",b="y"} up to the closing brace; returns the index after it. */
  private static int parseLabels(String line, int from, Map<String, String> labels) {
    int i = from;
    while (i < line.length() && line.charAt(i) != '}') {
      int eq = line.indexOf('=', i);
      String key = line.substring(i, eq).strip();
      StringBuilder value = new StringBuilder();
      int j = eq + 2; // past ="
      while (line.charAt(j) != '"') {
        char c = line.charAt(j);
        if (c == '\\') {
          char escaped = line.charAt(++j);
          value.append(escaped == 'n' ? '\n' : escaped);
        } else {
          value.append(c);
        }
        j++;
      }
      labels.put(key, value.toString());
      i = j + 1;
      if (i < line.length() && line.charAt(i) == ',') {
        i++;
      }
    }
    return i + 1;
  }

  private static double parseValue(String value) {
    return switch (value) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(value);
    };
  }
}
