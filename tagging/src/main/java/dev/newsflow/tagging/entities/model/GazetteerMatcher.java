package dev.newsflow.tagging.entities.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * The token matches of one gazetteer, as OpenNLP's {@code DictionaryFeatureGenerator} finds them (longest entry
 * starting at each token, then continue after it), indexed by first token so a sentence costs a hash lookup per token
 * instead of one allocated {@link StringList} per token and entry length.
 *
 * <p>Immutable and thread-safe once built.
 */
final class GazetteerMatcher {

  private static final char SEPARATOR = '\u0001';

  private final boolean caseSensitive;
  private final Set<String> entries = new HashSet<>();
  private final Map<String, Integer> longestByFirstToken = new HashMap<>();

  GazetteerMatcher(Dictionary dictionary) {
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

  /** For each token, whether it lies inside a match. */
  boolean[] match(String[] tokens) {
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
}
