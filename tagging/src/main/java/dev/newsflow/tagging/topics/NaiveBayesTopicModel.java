package dev.newsflow.tagging.topics;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Multinomial Naive Bayes over {@link TopicTokens} unigrams (stop words dropped, title words counted twice).
 * Multi-label: an example counts towards each of its labels. The model file is a readable TSV of raw counts
 * (header lines, then {@code token<TAB>count per label}); log-probabilities are computed on load.
 *
 * <p>Why our own instead of OpenNLP's DocumentCategorizer: examples carry several labels (doccat takes one),
 * the default classifier blends per-label likelihoods with the lexicon, so it needs this tokeniser and
 * tempered scores, and a count table trains in one pass and stays a diffable text file.
 */
public final class NaiveBayesTopicModel {

  static final String MAGIC = "# newsflow topics naive-bayes v1";
  private static final double ALPHA = 0.5;
  /** Title words count twice when classifying, as {@link #features} counts them in training. */
  private static final int TITLE_TIMES = 2;
  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "that", "with", "was", "are", "has", "have", "had", "but", "not", "from", "this", "its",
      "it", "by", "on", "in", "of", "to", "at", "as", "be", "is", "an", "or", "he", "she", "we", "they", "his", "her",
      "their", "our", "you", "your", "will", "would", "could", "should", "can", "may", "been", "were", "which", "who",
      "what", "when", "where", "there", "than", "then", "also", "into", "about", "after", "over", "more", "said",
      "say", "says", "one", "two", "new", "all", "out", "up", "if", "so", "no", "do", "did", "just", "some", "other",
      "them", "him", "me", "my", "us", "any", "only", "very", "most", "mr", "mrs", "ms", "year", "last", "first",
      "being", "these", "those", "such", "while", "because", "how", "now", "still", "even", "back", "made", "make",
      "many", "much", "well", "way", "get", "got", "like", "time", "week", "day", "told");

  private final List<String> labels;
  private final int[] docs;
  private final Map<String, int[]> counts;
  /** log P(token | label), per token. */
  private final Map<String, double[]> logProb = new HashMap<>();
  private final double[] logUnseen;
  private final double[] logPrior;

  private NaiveBayesTopicModel(List<String> labels, int[] docs, Map<String, int[]> counts) {
    this.labels = List.copyOf(labels);
    this.docs = docs;
    this.counts = counts;
    int k = labels.size();
    long[] totals = new long[k];
    for (int[] c : counts.values()) {
      for (int j = 0; j < k; j++) {
        totals[j] += c[j];
      }
    }
    double v = counts.size() + 1;
    logUnseen = new double[k];
    logPrior = new double[k];
    int allDocs = Arrays.stream(docs).sum();
    for (int j = 0; j < k; j++) {
      logUnseen[j] = Math.log(ALPHA / (totals[j] + ALPHA * v));
      // uniform-ish prior: the share of training examples per label says little about a news stream
      logPrior[j] = Math.log((docs[j] + 1.0) / (allDocs + k)) * 0.2;
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      double[] lp = new double[k];
      for (int j = 0; j < k; j++) {
        lp[j] = Math.log((e.getValue()[j] + ALPHA) / (totals[j] + ALPHA * v));
      }
      logProb.put(e.getKey(), lp);
    }
  }

  public static NaiveBayesTopicModel train(List<LabelledText> examples) {
    Map<String, Integer> labelIndex = new LinkedHashMap<>();
    for (LabelledText ex : examples) {
      for (String l : ex.labels()) {
        labelIndex.putIfAbsent(canonicalLabel(l), labelIndex.size());
      }
    }
    int k = labelIndex.size();
    int[] docs = new int[k];
    Map<String, int[]> counts = new TreeMap<>();
    for (LabelledText ex : examples) {
      List<String> feats = features(ex.title(), ex.text());
      for (String l : ex.labels()) {
        int j = labelIndex.get(canonicalLabel(l));
        docs[j]++;
        for (String f : feats) {
          counts.computeIfAbsent(f, x -> new int[k])[j]++;
        }
      }
    }
    return new NaiveBayesTopicModel(new ArrayList<>(labelIndex.keySet()), docs, counts);
  }

  /** IPTC codes, labels and short keys become the official IPTC label; other labels are kept as written. */
  static String canonicalLabel(String label) {
    return IptcMediaTopics.find(label).map(IptcMediaTopics::label).orElse(label.strip());
  }

  static List<String> features(String title, String text) {
    List<String> out = new ArrayList<>();
    for (String t : TopicTokens.tokenize(title)) {
      if (useful(t)) {
        out.add(t);
        out.add(t);
      }
    }
    for (String t : TopicTokens.tokenize(text)) {
      if (useful(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The model's words (for {@link TermIds}). */
  java.util.Set<String> words() {
    return logProb.keySet();
  }

  /** Per {@link TermIds} id, the word's log probabilities per label, or null where the posterior skips the word. */
  double[][] rows(TermIds ids) {
    double[][] rows = new double[ids.size()][];
    for (int id = 0; id < rows.length; id++) {
      String word = ids.word(id);
      rows[id] = useful(word) ? logProb.get(word) : null;
    }
    return rows;
  }

  /** {@link #posterior(String[], String[], double)} on {@link TopicTokens#ids} tokens with {@link #rows}. */
  double[] posterior(int[] titleIds, int[] textIds, double temper, double[][] rows) {
    double[] ll = new double[labels.size()];
    int known = 0;
    for (int id : titleIds) {
      known += add(ll, id < 0 ? null : rows[id], TITLE_TIMES);
    }
    for (int id : textIds) {
      known += add(ll, id < 0 ? null : rows[id], 1);
    }
    return normalise(ll, known, temper);
  }

  /** Stop words and numbers say nothing about a topic that a few hundred training texts could learn. */
  private static boolean useful(String token) {
    return !STOP.contains(token) && !Character.isDigit(token.charAt(0));
  }

  public List<String> labels() {
    return labels;
  }

  public int vocabularySize() {
    return counts.size();
  }

  /**
   * Posterior per label. {@code temper} divides the log-likelihood by the number of known tokens to that power:
   * 0 gives the plain Naive Bayes posterior (very sure of itself on long texts), 0.5 a softer one that blends
   * with other evidence.
   */
  public double[] posterior(String title, String text, double temper) {
    return posterior(TopicTokens.tokenize(title), TopicTokens.tokenize(text), temper);
  }

  /** {@link #posterior(String, String, double)} on text already split by {@link TopicTokens}. */
  public double[] posterior(String[] titleTokens, String[] textTokens, double temper) {
    double[] ll = new double[labels.size()];
    int known = 0;
    for (String token : titleTokens) {
      known += add(ll, useful(token) ? logProb.get(token) : null, TITLE_TIMES);
    }
    for (String token : textTokens) {
      known += add(ll, useful(token) ? logProb.get(token) : null, 1);
    }
    return normalise(ll, known, temper);
  }

  /** Adds a known word's log-probabilities {@code times} over; returns how many tokens that counts for. */
  private static int add(double[] ll, double[] logProbs, int times) {
    if (logProbs == null) {
      return 0;
    }
    for (int j = 0; j < ll.length; j++) {
      ll[j] += times * logProbs[j];
    }
    return times;
  }

  private double[] normalise(double[] ll, int known, double temper) {
    int k = ll.length;
    double[] p = new double[k];
    if (known == 0) {
      return p;
    }
    double scale = Math.pow(known, -temper);
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      ll[j] = ll[j] * scale + logPrior[j];
      max = Math.max(max, ll[j]);
    }
    double sum = 0;
    for (int j = 0; j < k; j++) {
      p[j] = Math.exp(ll[j] - max);
      sum += p[j];
    }
    for (int j = 0; j < k; j++) {
      p[j] /= sum;
    }
    return p;
  }

  public void write(OutputStream out) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write(MAGIC);
    w.write('\n');
    w.write("labels\t" + String.join("\t", labels) + "\n");
    StringBuilder d = new StringBuilder("docs");
    for (int x : docs) {
      d.append('\t').append(x);
    }
    w.write(d.append('\n').toString());
    for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
      StringBuilder b = new StringBuilder(e.getKey());
      for (int x : e.getValue()) {
        b.append('\t').append(x);
      }
      w.write(b.append('\n').toString());
    }
    w.flush();
  }

  public static NaiveBayesTopicModel read(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    if (!MAGIC.equals(r.readLine())) {
      throw new IOException(name + ": not a newsflow topic model (first line must be '" + MAGIC + "')");
    }
    String[] labelLine = r.readLine().split("\t");
    String[] docLine = r.readLine().split("\t");
    if (!"labels".equals(labelLine[0]) || !"docs".equals(docLine[0]) || labelLine.length != docLine.length) {
      throw new IOException(name + ": bad header");
    }
    int k = labelLine.length - 1;
    List<String> labels = Arrays.asList(labelLine).subList(1, labelLine.length);
    int[] docs = new int[k];
    for (int j = 0; j < k; j++) {
      docs[j] = Integer.parseInt(docLine[j + 1]);
    }
    Map<String, int[]> counts = new HashMap<>();
    String line;
    int lineNo = 3;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String[] f = line.split("\t");
      if (f.length != k + 1) {
        throw new IOException(name + ":" + lineNo + ": expected a token and " + k + " counts");
      }
      int[] c = new int[k];
      for (int j = 0; j < k; j++) {
        c[j] = Integer.parseInt(f[j + 1]);
      }
      counts.put(f[0], c);
    }
    return new NaiveBayesTopicModel(labels, docs, counts);
  }

  public static NaiveBayesTopicModel readResource(String resource) {
    try (InputStream in = NaiveBayesTopicModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("topic model resource missing: " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
