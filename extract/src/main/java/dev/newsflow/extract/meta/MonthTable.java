package dev.newsflow.extract.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names in about 40 languages ({@code month-names.txt}, generated from the JDK's CLDR data: full and short,
 * format and stand-alone forms such as Russian "марта" and "март", plus spellings it lacks). Names are matched in lower case without accents or a final dot. A name that means different months in two languages
 * (Polish "listopad" is November, Croatian October) counts only when the page's language says which. Immutable and
 * thread-safe.
 */
final class MonthTable {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Shorter names are too often something else ("ma", "ju"). */
  private static final int MIN_CHARS = 3;
  private static final int AMBIGUOUS = -1;

  private static final MonthTable INSTANCE = load();

  private final Map<String, Map<String, Integer>> byLanguage;
  private final Map<String, Integer> all;

  private MonthTable(Map<String, Map<String, Integer>> byLanguage, Map<String, Integer> all) {
    this.byLanguage = byLanguage;
    this.all = all;
  }

  static MonthTable get() {
    return INSTANCE;
  }

  /**
   * The month (1-12) a word names, or 0.
   *
   * @param word a word as written ("März", "Sept.", "марта")
   * @param language the page's ISO 639-1 code, or null when unknown
   */
  int month(String word, String language) {
    String key = key(word);
    if (key.length() < MIN_CHARS) {
      return 0;
    }
    Map<String, Integer> own = language == null ? null : byLanguage.get(language);
    Integer month = own == null ? null : own.get(key);
    if (month == null) {
      month = all.get(key);
    }
    return month == null || month == AMBIGUOUS ? 0 : month;
  }

  static String key(String word) {
    String s = word.strip().toLowerCase(Locale.ROOT);
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  private static MonthTable load() {
    Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
    for (String line : lines("month-names.txt")) {
      String[] parts = line.split("\\|");
      Map<String, Integer> names = byLanguage.computeIfAbsent(parts[0].strip(), k -> new HashMap<>());
      int month = Integer.parseInt(parts[1].strip());
      for (String name : parts[2].split(",")) {
        names.putIfAbsent(key(name), month);
      }
    }
    Map<String, Integer> all = new HashMap<>();
    byLanguage.values().forEach(names -> names.forEach((name, month) ->
        all.merge(name, month, (a, b) -> a.equals(b) ? a : AMBIGUOUS)));
    return new MonthTable(Map.copyOf(byLanguage), Map.copyOf(all));
  }

  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = MonthTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          lines.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
