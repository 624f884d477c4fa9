package dev.newsflow.tagging.entities.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Marks the tokens inside gazetteer matches, with the same matches and feature names as OpenNLP's
 * {@code DictionaryFeatureGenerator} (longest entry starting at each token, then continue after it;
 * {@code <prefix>:w=dic} and {@code <prefix>:w=dic=<token>}), but indexed by first token so a sentence costs a
 * hash lookup per token instead of one allocated {@link StringList} per token and entry length. One instance per
 * decoder (not thread-safe); it remembers the matches of the last sentence it saw.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final char SEPARATOR = '\u0001';

  private final String inFeature;
  private final String wordFeature;
  private final boolean caseSensitive;
  private final Set<String> entries = new HashSet<>();
  private final Map<String, Integer> longestByFirstToken = new HashMap<>();

  private String[] lastSentence;
  private boolean[] inMatch;

  GazetteerFeatureGenerator(String prefix, Dictionary dictionary) {
    this.inFeature = prefix + ":w=dic";
    this.wordFeature = prefix + ":w=dic=";
    this.caseSensitive = dictionary.isCaseSensitive();
    for (StringList entry : dictionary) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < entry.size(); i++) {
        if (i > 0) {
          key.append(SEPARATOR);
        }
        key.append(normalise(entry.getToken(i)));
      }
      entries.add(key.toString());
      longestByFirstToken.merge(normalise(entry.getToken(0)), entry.size(), Math::max);
    }
  }

  private String normalise(String token) {
    return caseSensitive ? token : token.toLowerCase(Locale.ROOT);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastSentence) {
      lastSentence = tokens;
      inMatch = match(tokens);
    }
    if (inMatch[index]) {
      features.add(inFeature);
      features.add(wordFeature + tokens[index]);
    }
  }

  private boolean[] match(String[] tokens) {
    boolean[] marks = new boolean[tokens.length];
    int from = 0;
    while (from < tokens.length) {
      Integer longest = longestByFirstToken.get(normalise(tokens[from]));
      int found = 0;
      if (longest != null) {
        for (int length = Math.min(longest, tokens.length - from); length >= 1; length--) {
          if (entries.contains(key(tokens, from, length))) {
            found = length;
            break;
          }
        }
      }
      if (found > 0) {
        for (int i = from; i < from + found; i++) {
          marks[i] = true;
        }
        from += found;
      } else {
        from++;
      }
    }
    return marks;
  }

  private String key(String[] tokens, int from, int length) {
    if (length == 1) {
      return normalise(tokens[from]);
    }
    StringBuilder key = new StringBuilder();
    for (int i = from; i < from + length; i++) {
      if (i > from) {
        key.append(SEPARATOR);
      }
      key.append(normalise(tokens[i]));
    }
    return key.toString();
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
  }

  @Override
  public void clearAdaptiveData() {
  }
}
