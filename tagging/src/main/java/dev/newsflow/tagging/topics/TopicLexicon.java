package dev.newsflow.tagging.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted terms and phrases per IPTC topic, read from a readable text resource:
 * <pre>
 * [politics]
 * 3: general election, prime minister, parliament
 * 1.5: minister, vote
 * </pre>
 * A term may appear under several topics. Terms go through {@link TopicTokens}, so plurals need not be listed.
 * A line {@code scale: 1.3} under a topic multiplies all its evidence (balances topics whose vocabulary is
 * narrower than others').
 */
public final class TopicLexicon {

  public static final String DEFAULT_RESOURCE = "/dev/newsflow/tagging/topics/lexicon-en.txt";
  private static final int TOPICS = IptcMediaTopics.values().length;

  /** Phrase (tokens joined by one space) to its term index. */
  private final Map<String, Integer> index = new HashMap<>();
  /** Proper prefixes of multi-word phrases, so matching extends a phrase only while one can still match. */
  private final Set<String> prefixes = new HashSet<>();
  private final List<float[]> weights = new ArrayList<>();
  private final List<String> phrases = new ArrayList<>();
  private final double[] scale = new double[TOPICS];
  private int maxWords = 1;

  private TopicLexicon() {
    Arrays.fill(scale, 1.0);
  }

  public static TopicLexicon loadDefault() {
    try (InputStream in = TopicLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("topic lexicon resource missing: " + DEFAULT_RESOURCE);
      }
      return read(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TopicLexicon read(InputStream in, String name) throws IOException {
    TopicLexicon lex = new TopicLexicon();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    IptcMediaTopics topic = null;
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String key = line.substring(1, line.length() - 1);
        String where = name + ":" + lineNo;
        topic = IptcMediaTopics.find(key).orElseThrow(
            () -> new IllegalArgumentException(where + ": unknown topic " + key));
        continue;
      }
      int colon = line.indexOf(':');
      if (topic == null || colon < 0) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected '[topic]' or 'WEIGHT: terms, ...'");
      }
      if ("scale".equals(line.substring(0, colon).strip())) {
        lex.scale[topic.ordinal()] = Double.parseDouble(line.substring(colon + 1).strip());
        continue;
      }
      float w;
      try {
        w = Float.parseFloat(line.substring(0, colon).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": bad weight", e);
      }
      for (String term : line.substring(colon + 1).split(",")) {
        lex.add(topic, term, w);
      }
    }
    return lex;
  }

  private void add(IptcMediaTopics topic, String term, float w) {
    String[] toks = TopicTokens.tokenize(term);
    if (toks.length == 0) {
      return;
    }
    String key = String.join(" ", toks);
    Integer i = index.get(key);
    if (i == null) {
      i = weights.size();
      index.put(key, i);
      weights.add(new float[TOPICS]);
      phrases.add(key);
      StringBuilder p = new StringBuilder(toks[0]);
      for (int k = 1; k < toks.length; k++) {
        prefixes.add(p.toString());
        p.append(' ').append(toks[k]);
      }
      maxWords = Math.max(maxWords, toks.length);
    }
    // the strongest weight wins when a term is listed twice for one topic
    float[] ws = weights.get(i);
    ws[topic.ordinal()] = Math.abs(w) > Math.abs(ws[topic.ordinal()]) ? w : ws[topic.ordinal()];
  }

  public int size() {
    return weights.size();
  }

  /** Weights of a phrase per topic ordinal, or null when the lexicon does not know it. */
  public float[] weightsOf(String phrase) {
    Integer i = index.get(String.join(" ", TopicTokens.tokenize(phrase)));
    return i == null ? null : weights.get(i).clone();
  }

  /**
   * Adds to {@code scores} (per topic ordinal) the evidence in {@code tokens}: each matched term contributes its
   * weight times the square root of its summed zone weights, so a repeated word counts less than new words.
   * Longest phrase wins at each position.
   */
  public void score(String[] tokens, float[] zone, double[] scores) {
    add(matches(tokens, zone), scores);
  }

  private void add(Hits hits, double[] scores) {
    for (int h = 0; h < hits.count; h++) {
      float[] w = weights.get(hits.terms[h]);
      double f = Math.sqrt(hits.zoneSums[h]);
      for (int t = 0; t < TOPICS; t++) {
        if (w[t] != 0) {
          scores[t] += w[t] * f * scale[t];
        }
      }
    }
  }

  /** The matched terms with their contribution per topic, strongest first: why the lexicon voted as it did. */
  public String explain(String[] tokens, float[] zone) {
    Hits hits = matches(tokens, zone);
    StringBuilder b = new StringBuilder();
    for (IptcMediaTopics topic : IptcMediaTopics.values()) {
      List<Map.Entry<String, Double>> terms = new ArrayList<>();
      double sum = 0;
      for (int h = 0; h < hits.count; h++) {
        float w = weights.get(hits.terms[h])[topic.ordinal()];
        if (w != 0) {
          double c = w * Math.sqrt(hits.zoneSums[h]) * scale[topic.ordinal()];
          sum += c;
          terms.add(Map.entry(phrases.get(hits.terms[h]), c));
        }
      }
      if (terms.isEmpty()) {
        continue;
      }
      terms.sort(Map.Entry.<String, Double>comparingByValue().reversed());
      b.append(String.format("%s %.1f:", topic.key(), sum));
      terms.stream().limit(12).forEach(t -> b.append(String.format(" %s=%.1f", t.getKey(), t.getValue())));
      b.append('\n');
    }
    return b.toString();
  }

  /** The words of the lexicon's phrases (for {@link TermIds}). */
  List<String> words() {
    List<String> words = new ArrayList<>();
    for (String phrase : phrases) {
      words.addAll(Arrays.asList(phrase.split(" ")));
    }
    return words;
  }

  /**
   * The lexicon's phrases as a trie over {@link TermIds} ids: node 0 is the root; a node has the term its path
   * spells (or -1) and whether a longer phrase goes on from it (the {@code prefixes} set).
   */
  static final class PhraseIndex {
    private final int[] rootChild;
    private final Map<Long, Integer> children = new HashMap<>();
    private final List<Integer> terms = new ArrayList<>();
    private final List<Boolean> goesOn = new ArrayList<>();
    private int[] nodeTerm;
    private boolean[] nodeGoesOn;

    private PhraseIndex(int termIds) {
      rootChild = new int[termIds];
      Arrays.fill(rootChild, -1);
      terms.add(-1);
      goesOn.add(true);
    }

    private int child(int node, int id) {
      if (node == 0) {
        return rootChild[id];
      }
      Integer c = children.get(((long) node << 32) | id);
      return c == null ? -1 : c;
    }

    private int addChild(int node, int id) {
      int c = child(node, id);
      if (c >= 0) {
        return c;
      }
      c = terms.size();
      terms.add(-1);
      goesOn.add(false);
      if (node == 0) {
        rootChild[id] = c;
      } else {
        children.put(((long) node << 32) | id, c);
      }
      return c;
    }
  }

  /** This lexicon's phrases over the given ids (which must know every word of {@link #words()}). */
  PhraseIndex phraseIndex(TermIds ids) {
    PhraseIndex index = new PhraseIndex(ids.size());
    for (int term = 0; term < phrases.size(); term++) {
      String[] words = phrases.get(term).split(" ");
      int node = 0;
      for (int w = 0; w < words.length; w++) {
        int id = ids.id(words[w]);
        if (id < 0) {
          throw new IllegalArgumentException("no id for lexicon word " + words[w]);
        }
        if (w > 0) {
          index.goesOn.set(node, true);
        }
        node = index.addChild(node, id);
      }
      index.terms.set(node, term);
    }
    index.nodeTerm = index.terms.stream().mapToInt(Integer::intValue).toArray();
    index.nodeGoesOn = new boolean[index.goesOn.size()];
    for (int i = 0; i < index.nodeGoesOn.length; i++) {
      index.nodeGoesOn[i] = index.goesOn.get(i);
    }
    return index;
  }

  /** {@link #score(String[], float[], double[])} on {@link TopicTokens#ids} tokens: the same sums. */
  void score(int[] ids, float[] zone, double[] scores, PhraseIndex index) {
    add(matches(ids, zone, index), scores);
  }

  private Hits matches(int[] ids, float[] zone, PhraseIndex index) {
    long[] found = new long[Math.max(8, ids.length / 4)];
    int m = 0;
    int n = ids.length;
    for (int i = 0; i < n; i++) {
      int best = -1;
      int bestLen = 0;
      int node = 0;
      for (int len = 1; len <= maxWords && i + len <= n; len++) {
        int id = ids[i + len - 1];
        node = id < 0 ? -1 : index.child(node, id);
        if (node < 0) {
          break;
        }
        if (index.nodeTerm[node] >= 0) {
          best = index.nodeTerm[node];
          bestLen = len;
        }
        if (!index.nodeGoesOn[node]) {
          break;
        }
      }
      if (best >= 0) {
        found = append(found, m++, best, zone[i]);
        i += bestLen - 1;
      }
    }
    return hits(found, m);
  }

  /** Distinct matched terms and, for each, the sum of the zone weights where it matched. */
  private record Hits(int[] terms, double[] zoneSums, int count) {
  }

  private Hits matches(String[] tokens, float[] zone) {
    // (term << 32 | zone bits) per match, sorted so that repeats of a term are adjacent: no boxing, no map
    long[] found = new long[Math.max(8, tokens.length / 4)];
    int m = 0;
    int n = tokens.length;
    for (int i = 0; i < n; i++) {
      int best = -1;
      int bestLen = 0;
      String key = tokens[i];
      for (int len = 1; len <= maxWords && i + len <= n; len++) {
        if (len > 1) {
          key = key + ' ' + tokens[i + len - 1];
        }
        Integer t = index.get(key);
        if (t != null) {
          best = t;
          bestLen = len;
        }
        if (!prefixes.contains(key)) {
          break;
        }
      }
      if (best >= 0) {
        found = append(found, m++, best, zone[i]);
        i += bestLen - 1;
      }
    }
    return hits(found, m);
  }

  /** {@code found} with the match (term << 32 | zone bits) at {@code m}, grown when full. */
  private static long[] append(long[] found, int m, int term, float zone) {
    long[] into = m == found.length ? Arrays.copyOf(found, m * 2) : found;
    into[m] = ((long) term << 32) | (Float.floatToIntBits(zone) & 0xffffffffL);
    return into;
  }

  /** Distinct terms of the (term << 32 | zone bits) matches, with their summed zone weights. */
  private static Hits hits(long[] found, int m) {
    Arrays.sort(found, 0, m);
    int[] terms = new int[m];
    double[] sums = new double[m];
    int count = -1;
    int last = -1;
    for (int j = 0; j < m; j++) {
      int term = (int) (found[j] >>> 32);
      float z = Float.intBitsToFloat((int) found[j]);
      if (term != last) {
        terms[++count] = term;
        last = term;
      }
      sums[count] += z;
    }
    return new Hits(terms, sums, count + 1);
  }
}
