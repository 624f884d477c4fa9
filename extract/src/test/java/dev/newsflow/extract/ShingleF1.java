package dev.newsflow.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level shingle F1 of one extracted text against its ground truth, the per-page measure of the extraction
 * benchmark: tokens are {@code \w+} matches (Unicode, case kept), shingles are token 4-grams counted as a multiset,
 * and a text of 1..3 tokens is one shingle of all its tokens. Using the same measure as the benchmark keeps the
 * corpus thresholds comparable with the dev-set figures.
 */
final class ShingleF1 {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ShingleF1() {}

  /** F1 of {@code predicted} against {@code truth}; 1 when both have no words, 0 when only one has none. */
  static double score(String truth, String predicted) {
    Map<List<String>, Integer> want = shingles(truth);
    Map<List<String>, Integer> got = shingles(predicted);
    if (want.isEmpty() || got.isEmpty()) {
      return want.isEmpty() && got.isEmpty() ? 1.0 : 0.0;
    }
    long tp = 0;
    for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
      tp += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    double precision = (double) tp / total(got);
    double recall = (double) tp / total(want);
    return tp == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < N) {
      counts.put(tokens, 1);
      return counts;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      counts.merge(tokens.subList(i, i + N), 1, Integer::sum);
    }
    return counts;
  }

  private static long total(Map<List<String>, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }
}
