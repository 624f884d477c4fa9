package dev.newsflow.enrich.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Title and lead terms: lower-cased word tokens without stop words or digits-only tokens, lightly stemmed so
 * "floods", "flooded" and "flooding" meet. Title words count {@value #TITLE_WEIGHT} times: the headline names the
 * event. Thread-safe (immutable after loading).
 */
final class StoryTerms {

  static final double TITLE_WEIGHT = 2.0;
  /** Terms kept per vector: enough for a headline and lead, small enough to score hundreds of candidates fast. */
  static final int MAX_TERMS = 40;

  private static final Set<String> STOP_WORDS = load("stop-words-en.txt");

  private StoryTerms() {}

  /** Stemmed content terms of a text, in order, repeats kept. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean letter = i < folded.length() && isWordChar(folded, i);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        add(tokens, folded.substring(start, i));
        start = -1;
      }
    }
    return tokens;
  }

  /** NFKC and lower case; plain ASCII (most English text) skips the normaliser. */
  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      }
    }
    return text.toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    // Keep "o'brien" and "covid-19" whole only inside words; possessive "'s" is cut by the stemmer.
    return (c == '\'' || c == '’') && i > 0 && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }

  private static void add(List<String> tokens, String word) {
    word = word.replace('’', '\'');
    if (word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    }
    if (word.length() < 2 || STOP_WORDS.contains(word) || isNumber(word)) {
      return;
    }
    tokens.add(stem(word));
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Light suffix stripping (plurals, -ed, -ing): merges inflections without the over-reach of full stemmers. */
  static String stem(String word) {
    int n = word.length();
    if (n <= 3) {
      return word;
    }
    if (word.endsWith("ies") && n > 4) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("sses")) {
      return word.substring(0, n - 2);
    }
    if (word.endsWith("ing") && n > 5) {
      return undouble(word.substring(0, n - 3));
    }
    if (word.endsWith("ied") && n > 4) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("ed") && n > 4) {
      return undouble(word.substring(0, n - 2));
    }
    if (word.endsWith("es") && n > 4 && (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes"))) {
      return word.substring(0, n - 2);
    }
    if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** "stopp" → "stop", "plann" → "plan", but "kill" and "pass" stay. */
  private static String undouble(String stem) {
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }

  /** Weighted term counts of a title and lead, title words counting more. */
  static Map<String, Double> counts(String title, String lead) {
    Map<String, Double> counts = new LinkedHashMap<>();
    for (String term : tokens(title)) {
      counts.merge(term, TITLE_WEIGHT, Double::sum);
    }
    for (String term : tokens(lead)) {
      counts.merge(term, 1.0, Double::sum);
    }
    return counts;
  }

  /**
   * The article's term profile: sub-linear term frequencies, the strongest {@value #MAX_TERMS} kept, scaled to unit
   * length. No IDF: document frequencies change as articles arrive, so IDF is applied when scoring.
   */
  static Map<String, Double> profile(String title, String lead) {
    Map<String, Double> weights = new HashMap<>();
    counts(title, lead).forEach((term, count) -> weights.put(term, 1.0 + Math.log(count)));
    return unit(top(weights, MAX_TERMS));
  }

  /** The {@code limit} heaviest entries, ties by term so the choice does not depend on map order. */
  static Map<String, Double> top(Map<String, Double> weights, int limit) {
    if (weights.size() <= limit) {
      return weights;
    }
    Map<String, Double> kept = new HashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  static Map<String, Double> unit(Map<String, Double> weights) {
    double norm = 0;
    for (double w : weights.values()) {
      norm += w * w;
    }
    if (norm == 0) {
      return weights;
    }
    double scale = 1 / Math.sqrt(norm);
    Map<String, Double> unit = new HashMap<>(weights.size() * 2);
    weights.forEach((term, w) -> unit.put(term, w * scale));
    return unit;
  }

  /** Distinct terms of a title and lead, as counted in document frequencies. */
  static Set<String> distinct(String title, String lead) {
    Set<String> terms = new HashSet<>(tokens(title));
    terms.addAll(tokens(lead));
    return terms;
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = StoryTerms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}
