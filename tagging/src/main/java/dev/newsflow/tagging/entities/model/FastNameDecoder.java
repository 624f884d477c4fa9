package dev.newsflow.tagging.entities.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Span;

/**
 * Decodes sentences with a {@link CompiledNameModel}, giving exactly what OpenNLP's {@code NameFinderME} gives for the
 * same model (same spans, types and probabilities, bit for bit): the same beam search of width 3, the same features
 * summed in the same order. What it saves: the features of a token that do not depend on the beam are summed once
 * per token instead of once per beam entry, a word's features are looked up once per word (cached) instead of being
 * built as strings for every token and window position, and nothing is boxed.
 *
 * <p>Not thread-safe: one per thread. It keeps the document's previous labels (cleared by {@link #clearAdaptiveData})
 * and caches of word and word-pair features, emptied together before a sentence that would take the word cache past
 * {@code maxCachedWords} (so it holds at most that many words, or one sentence's when a sentence is longer).
 */
final class FastNameDecoder {

  static final int BEAM_SIZE = 3;
  static final int DEFAULT_MAX_CACHED_WORDS = 50_000;
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final CompiledNameModel model;
  private final int maxCachedWords;
  private final Map<String, WordFeatures> wordCache = new HashMap<>();
  private final PairCache<Context[]> pairCache;
  private final Map<String, Integer> previousLabels = new HashMap<>();
  private final double[] scores;
  private double[] tokenSums = new double[0];

  FastNameDecoder(CompiledNameModel model) {
    this(model, DEFAULT_MAX_CACHED_WORDS);
  }

  FastNameDecoder(CompiledNameModel model, int maxCachedWords) {
    this.model = model;
    this.maxCachedWords = maxCachedWords;
    this.pairCache = new PairCache<>(maxCachedWords * 4);
    this.scores = new double[model.outcomeCount];
  }

  /** Forgets the labels of earlier sentences (call at the start of each document). */
  void clearAdaptiveData() {
    previousLabels.clear();
  }

  /** Words whose features are cached now (for tests). */
  int cachedWords() {
    return wordCache.size();
  }

  /** Word pairs whose bigram features are cached now (for tests). */
  int cachedPairs() {
    return pairCache.size();
  }

  /** The names in one sentence, as {@code NameFinderME.find} returns them, with their probabilities. */
  Span[] find(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    WordFeatures[] words = words(tokens);
    boolean[][] matches = gazetteerMatches(tokens);
    Context[][] pairs = pairs(tokens, words);
    int k = model.outcomeCount;
    if (tokenSums.length < n * k) {
      tokenSums = new double[n * k];
    } else {
      Arrays.fill(tokenSums, 0, n * k, 0.0);
    }
    for (int i = 0; i < n; i++) {
      staticFeatures(tokens, words, matches, pairs, i, tokenSums, i * k, null);
    }
    Candidate best = beamSearch(words, n);
    int[] outcomes = new int[n];
    double[] probs = new double[n];
    for (Candidate c = best; c.length > 0; c = c.previous) {
      outcomes[c.length - 1] = c.outcome;
      probs[c.length - 1] = c.probability;
    }
    for (int i = 0; i < n; i++) {
      previousLabels.put(tokens[i], outcomes[i]);
    }
    return spans(outcomes, probs);
  }

  /** The beam-independent features of token {@code i}, in order (for {@link ReferenceCheck}). */
  List<Context> staticFeatures(String[] tokens, int i) {
    List<Context> features = new ArrayList<>();
    WordFeatures[] words = words(tokens);
    staticFeatures(tokens, words, gazetteerMatches(tokens), pairs(tokens, words), i, null, 0, features);
    return features;
  }

  private WordFeatures[] words(String[] tokens) {
    if (wordCache.size() + tokens.length > maxCachedWords) {
      // emptied between sentences only: word ids start again, so the pairs keyed by them go too
      wordCache.clear();
      pairCache.clear();
    }
    WordFeatures[] words = new WordFeatures[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      WordFeatures w = wordCache.get(tokens[i]);
      if (w == null) {
        w = model.wordFeatures(tokens[i], wordCache.size());
        wordCache.put(tokens[i], w);
      }
      words[i] = w;
    }
    return words;
  }

  /** The bigram features of each pair of neighbours (i, i + 1), from the pair cache. */
  private Context[][] pairs(String[] tokens, WordFeatures[] words) {
    Context[][] pairs = new Context[Math.max(0, tokens.length - 1)][];
    for (int i = 0; i + 1 < tokens.length; i++) {
      long key = PairCache.key(words[i].id(), words[i + 1].id());
      Context[] pair = pairCache.get(key);
      if (pair == null) {
        pair = model.pairFeatures(tokens[i], tokens[i + 1]);
        pairCache.put(key, pair);
      }
      pairs[i] = pair;
    }
    return pairs;
  }

  private boolean[][] gazetteerMatches(String[] tokens) {
    boolean[][] matches = new boolean[model.gazetteers.length][];
    for (int g = 0; g < matches.length; g++) {
      matches[g] = model.gazetteers[g].match(tokens);
    }
    return matches;
  }

  /**
   * Adds the weights of token {@code i}'s beam-independent features to {@code sums[from..from+k)}, in the order
   * OpenNLP's generators write them (the sums are then bit-identical), or lists the features in {@code collect}
   * when it is not null.
   */
  private void staticFeatures(String[] tokens, WordFeatures[] words, boolean[][] matches, Context[][] pairs, int i,
      double[] sums, int from, List<Context> collect) {
    int n = tokens.length;
    FeaturePlan.Emission[] emissions = model.emissions;
    for (int e = 0; e < emissions.length; e++) {
      FeaturePlan.Emission emission = emissions[e];
      int[] path = emission.path();
      int j = i;
      boolean inside = true;
      for (int step : path) {
        j = i + step;
        if (j < 0 || j >= n) {
          inside = false;
          break;
        }
      }
      if (!inside) {
        continue;
      }
      switch (emission.kind()) {
        case WORD, WORD_CLASS, PREFIX, SUFFIX -> {
          for (Context c : words[j].perEmission()[e]) {
            add(c, sums, from, collect);
          }
        }
        case PRIOR -> add(model.constant[e], sums, from, collect);
        case SENTENCE -> {
          if (j == 0) {
            add(model.constant[e], sums, from, collect);
          }
          if (j == n - 1) {
            add(model.sentenceEnd[e], sums, from, collect);
          }
        }
        case PREVIOUS_LABEL -> {
          Integer label = previousLabels.get(tokens[j]);
          add(model.previousLabel[e][label == null ? model.outcomeCount : label], sums, from, collect);
        }
        case BIGRAM -> {
          int group = model.bigramGroup[e];
          int wordClass = words[j].wordClass();
          if (j > 0) {
            add(pairs[j - 1][2 * group], sums, from, collect);
            add(model.classBigramBefore[e][words[j - 1].wordClass()][wordClass], sums, from, collect);
          }
          if (j + 1 < n) {
            add(pairs[j][2 * group + 1], sums, from, collect);
            add(model.classBigramAfter[e][wordClass][words[j + 1].wordClass()], sums, from, collect);
          }
        }
        case GAZETTEER -> {
          if (matches[emission.flags()][j]) {
            add(model.constant[e], sums, from, collect);
            for (Context c : words[j].perEmission()[e]) {
              add(c, sums, from, collect);
            }
          }
        }
        default -> throw new IllegalStateException("unknown emission " + emission.kind());
      }
    }
  }

  private static void add(Context feature, double[] sums, int from, List<Context> collect) {
    if (feature == null) {
      return;
    }
    if (collect != null) {
      collect.add(feature);
      return;
    }
    int[] outcomes = feature.getOutcomes();
    double[] weights = feature.getParameters();
    for (int a = 0; a < outcomes.length; a++) {
      sums[from + outcomes[a]] += weights[a];
    }
  }

  /** OpenNLP's {@code BeamSearch.bestSequences}, step for step, over outcome indices. */
  private Candidate beamSearch(WordFeatures[] words, int n) {
    PriorityQueue<Candidate> previous = new PriorityQueue<>(BEAM_SIZE, Candidate.BEST_FIRST);
    PriorityQueue<Candidate> next = new PriorityQueue<>(BEAM_SIZE, Candidate.BEST_FIRST);
    previous.add(Candidate.ROOT);
    int k = model.outcomeCount;
    for (int i = 0; i < n; i++) {
      int size = Math.min(BEAM_SIZE, previous.size());
      for (int sc = 0; !previous.isEmpty() && sc < size; sc++) {
        Candidate top = previous.remove();
        evaluate(words[i], i, top);
        double min = kthLargest(scores, k);
        boolean[] valid = model.valid[top.outcome + 1];
        for (int o = 0; o < k; o++) {
          if (scores[o] >= min && valid[o]) {
            Candidate c = new Candidate(top, o, scores[o]);
            if (c.score > MIN_SEQUENCE_SCORE) {
              next.add(c);
            }
          }
        }
        if (next.isEmpty()) {
          for (int o = 0; o < k; o++) {
            if (valid[o]) {
              Candidate c = new Candidate(top, o, scores[o]);
              if (c.score > MIN_SEQUENCE_SCORE) {
                next.add(c);
              }
            }
          }
        }
      }
      previous.clear();
      PriorityQueue<Candidate> swap = previous;
      previous = next;
      next = swap;
    }
    return previous.remove();
  }

  /**
   * The {@link #BEAM_SIZE}-th largest of the scores (duplicates counted), or the smallest when there are fewer:
   * what OpenNLP reads from a sorted copy, without the sort.
   */
  private static double kthLargest(double[] scores, int k) {
    if (k <= BEAM_SIZE) {
      double min = scores[0];
      for (int o = 1; o < k; o++) {
        min = Math.min(min, scores[o]);
      }
      return min;
    }
    double first = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    double third = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < k; o++) {
      double v = scores[o];
      if (v > first) {
        third = second;
        second = first;
        first = v;
      } else if (v > second) {
        third = second;
        second = v;
      } else if (v > third) {
        third = v;
      }
    }
    return third;
  }

  /** The outcome probabilities at token {@code i} after {@code top}: OpenNLP's perceptron evaluation. */
  private void evaluate(WordFeatures word, int i, Candidate top) {
    int k = model.outcomeCount;
    System.arraycopy(tokenSums, i * k, scores, 0, k);
    int before = i > 0 ? top.outcome : model.other;
    int twoBefore = i > 1 ? top.previous.outcome : model.other;
    add(model.previousOutcome[before], scores, 0, null);
    add(word.afterOutcome()[before], scores, 0, null);
    add(model.previousOutcomeAndClass[before][word.wordClass()], scores, 0, null);
    add(model.previousPreviousOutcome[twoBefore], scores, 0, null);
    double maxPrior = 1.0;
    for (int o = 0; o < k; o++) {
      if (maxPrior < StrictMath.abs(scores[o])) {
        maxPrior = StrictMath.abs(scores[o]);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < k; o++) {
      scores[o] = StrictMath.exp(scores[o] / maxPrior);
      normal += scores[o];
    }
    for (int o = 0; o < k; o++) {
      scores[o] = scores[o] / normal;
    }
  }

  /** BIO outcomes to spans ({@code BioCodec.decode}), each with the mean probability of its tokens. */
  private Span[] spans(int[] outcomes, double[] probs) {
    List<int[]> found = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < outcomes.length; i++) {
      int o = outcomes[i];
      if (model.starts[o]) {
        if (start != -1) {
          found.add(new int[] {start, end, outcomes[i - 1]});
        }
        start = i;
        end = i + 1;
      } else if (model.continues[o]) {
        end = i + 1;
      } else if (model.ends[o] && start != -1) {
        found.add(new int[] {start, end, outcomes[i - 1]});
        start = -1;
        end = -1;
      }
    }
    if (start != -1) {
      found.add(new int[] {start, end, outcomes[outcomes.length - 1]});
    }
    Span[] spans = new Span[found.size()];
    for (int s = 0; s < spans.length; s++) {
      int[] f = found.get(s);
      double p = 0.0;
      for (int i = f[0]; i < f[1]; i++) {
        p += probs[i];
      }
      p /= (double) (f[1] - f[0]);
      spans[s] = new Span(f[0], f[1], model.types[f[2]], p);
    }
    return spans;
  }

  /** A beam entry: the outcome at one token, linked to the entry before it. */
  private static final class Candidate {
    static final java.util.Comparator<Candidate> BEST_FIRST = (a, b) -> Double.compare(b.score, a.score);
    static final Candidate ROOT = new Candidate();

    final Candidate previous;
    final int outcome;
    final double probability;
    final double score;
    final int length;

    private Candidate() {
      previous = null;
      outcome = -1;
      probability = 1.0;
      score = 0.0;
      length = 0;
    }

    Candidate(Candidate previous, int outcome, double probability) {
      this.previous = previous;
      this.outcome = outcome;
      this.probability = probability;
      this.score = previous.score + StrictMath.log(probability);
      this.length = previous.length + 1;
    }
  }
}
