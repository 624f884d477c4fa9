package dev.newsflow.tagging.topics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 17 top-level IPTC Media Topics (NewsCodes vocabulary "medtop") with their official English labels, plus the
 * short keys the lexicon and training files use ("politics", "conflict", "economy", ...).
 */
public enum IptcMediaTopics {
  ARTS("medtop:01000000", "arts, culture, entertainment and media", "arts"),
  CRIME("medtop:02000000", "crime, law and justice", "crime"),
  DISASTER("medtop:03000000", "disaster, accident and emergency incident", "disaster"),
  ECONOMY("medtop:04000000", "economy, business and finance", "economy"),
  EDUCATION("medtop:05000000", "education", "education"),
  ENVIRONMENT("medtop:06000000", "environment", "environment"),
  HEALTH("medtop:07000000", "health", "health"),
  HUMAN_INTEREST("medtop:08000000", "human interest", "human-interest"),
  LABOUR("medtop:09000000", "labour", "labour"),
  LIFESTYLE("medtop:10000000", "lifestyle and leisure", "lifestyle"),
  POLITICS("medtop:11000000", "politics", "politics"),
  RELIGION("medtop:12000000", "religion", "religion"),
  SCIENCE("medtop:13000000", "science and technology", "science"),
  SOCIETY("medtop:14000000", "society", "society"),
  SPORT("medtop:15000000", "sport", "sport"),
  CONFLICT("medtop:16000000", "conflict, war and peace", "conflict"),
  WEATHER("medtop:17000000", "weather", "weather");

  private final String code;
  private final String label;
  private final String key;

  IptcMediaTopics(String code, String label, String key) {
    this.code = code;
    this.label = label;
    this.key = key;
  }

  /** The QCode, e.g. {@code medtop:11000000}. */
  public String code() {
    return code;
  }

  /** The official English label, e.g. {@code politics}. */
  public String label() {
    return label;
  }

  /** The project's short key used in the lexicon and training files, e.g. {@code conflict}. */
  public String key() {
    return key;
  }

  public static List<IptcMediaTopics> all() {
    return List.of(values());
  }

  /**
   * Finds a topic by QCode ({@code medtop:11000000}, or the bare number), official label or short key,
   * case-insensitively.
   */
  public static Optional<IptcMediaTopics> find(String codeLabelOrKey) {
    if (codeLabelOrKey == null) {
      return Optional.empty();
    }
    String s = codeLabelOrKey.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (IptcMediaTopics t : values()) {
      if (t.code.equals(s) || t.code.substring("medtop:".length()).equals(s) || t.label.equals(s)
          || t.key.equals(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
