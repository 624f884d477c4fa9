package dev.newsflow.tagging.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default topic classifier: a hand-written weighted lexicon per IPTC topic, blended with a Naive Bayes model
 * trained on news-style paragraphs the project wrote, with hints from the section label, the URL folders and the
 * entities. Optionally blended with a user's own supervised model ({@link #withUserModel}).
 *
 * <p>Each source becomes a distribution over topics; the mix is the score (0..1, the scores of all topics add up
 * to one). The best topic is returned, and a second or third one when {@link TopicCut} finds that the evidence
 * says so, best first. Thread-safe.
 */
public final class DefaultTopicClassifier implements TopicClassifier {

  public static final String DEFAULT_MODEL_RESOURCE = "/dev/newsflow/tagging/topics/default-nb.tsv";

  static final float TITLE_WEIGHT = 3f;
  static final float LEAD_WEIGHT = 1.5f;
  static final int LEAD_TOKENS = 40;
  /** Sharpening of lexicon evidence into a distribution (score^power / sum). */
  static final double LEXICON_POWER = 1.0;
  static final double W_LEXICON = 1.0;
  /** Lexicon evidence (summed weights) at which the lexicon gets its full weight in the mix. */
  static final double FULL_EVIDENCE = 8;
  static final double W_NB = 0.6;
  static final double NB_TEMPER = 0.7;
  static final double W_SECTION = 0.6;
  static final double W_URL = 0.5;
  static final double W_ENTITIES = 1.0;

  private static final IptcMediaTopics[] TOPICS = IptcMediaTopics.values();

  private final TopicLexicon lexicon;
  private final NaiveBayesTopicModel defaultModel;
  /** Position in {@link #TOPICS} of each label of the default model. */
  private final int[] defaultModelTopic;
  private final NaiveBayesTopicModel userModel;
  private final double blend;
  /** The words of the lexicon and the default model as numbers, so an article is matched without a string per word. */
  private final TermIds terms;
  private final TopicLexicon.PhraseIndex phrases;
  private final double[][] defaultModelRows;

  private DefaultTopicClassifier(TopicLexicon lexicon, NaiveBayesTopicModel defaultModel,
      NaiveBayesTopicModel userModel, double blend) {
    this.lexicon = lexicon;
    this.defaultModel = defaultModel;
    this.userModel = userModel;
    this.blend = blend;
    if (defaultModel != null) {
      defaultModelTopic = defaultModel.labels().stream()
          .mapToInt(l -> IptcMediaTopics.find(l).orElseThrow(
              () -> new IllegalArgumentException("default topic model label is not an IPTC topic: " + l)).ordinal())
          .toArray();
    } else {
      defaultModelTopic = new int[0];
    }
    List<String> words = new ArrayList<>(lexicon.words());
    if (defaultModel != null) {
      words.addAll(new java.util.TreeSet<>(defaultModel.words()));
    }
    this.terms = TermIds.of(words);
    this.phrases = lexicon.phraseIndex(terms);
    this.defaultModelRows = defaultModel == null ? null : defaultModel.rows(terms);
  }

  /** The lexicon and the default model from the jar. */
  public static DefaultTopicClassifier load() {
    return new DefaultTopicClassifier(TopicLexicon.loadDefault(),
        NaiveBayesTopicModel.readResource(DEFAULT_MODEL_RESOURCE), null, 0);
  }

  /**
   * The default classifier, blended with the user's model file from {@code newsflow train topics} when
   * {@code userModel} is not null (for the topology's and the CLI's {@code --model FILE --blend B} options).
   */
  public static DefaultTopicClassifier load(java.nio.file.Path userModel, double blend) throws java.io.IOException {
    DefaultTopicClassifier c = load();
    if (userModel == null) {
      return c;
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(userModel)) {
      return c.withUserModel(NaiveBayesTopicModel.read(in, userModel.toString()), blend);
    }
  }

  /** Just a lexicon, no model (for tests and for measuring what each part brings). */
  public static DefaultTopicClassifier of(TopicLexicon lexicon, NaiveBayesTopicModel defaultModel) {
    return new DefaultTopicClassifier(lexicon, defaultModel, null, 0);
  }

  /**
   * This classifier blended with a user's supervised model: {@code blend} 1 uses only the user's model,
   * 0.5 averages the two. Labels of the user's model that are not IPTC topics are returned with the label as code.
   */
  public DefaultTopicClassifier withUserModel(NaiveBayesTopicModel model, double blend) {
    if (blend < 0 || blend > 1) {
      throw new IllegalArgumentException("blend must be within 0..1, was " + blend);
    }
    return new DefaultTopicClassifier(lexicon, defaultModel, model, blend);
  }

  /** This classifier without its Naive Bayes part: the lexicon and the hints alone (to measure what each brings). */
  public DefaultTopicClassifier withoutDefaultModel() {
    return new DefaultTopicClassifier(lexicon, null, userModel, blend);
  }

  @Override
  public List<TopicScore> classify(TopicInput in) {
    Map<String, Double> scores = new LinkedHashMap<>();
    if (blend < 1) {
      double[] p = defaultDistribution(in);
      for (int t = 0; t < p.length; t++) {
        if (p[t] > 0) {
          scores.put(TOPICS[t].label(), p[t] * (1 - blend));
        }
      }
    }
    if (userModel != null && blend > 0) {
      double[] p = userModel.posterior(in.title(), in.text(), 0);
      for (int j = 0; j < p.length; j++) {
        if (p[j] > 0) {
          scores.merge(userModel.labels().get(j), p[j] * blend, Double::sum);
        }
      }
    }
    return rank(scores);
  }

  /** Why: the lexicon terms matched per topic and the final scores, for people tuning the lexicon. */
  public String explain(TopicInput in) {
    String[] tokens = tokens(in);
    int titleLen = TopicTokens.tokenize(in.title()).length;
    StringBuilder b = new StringBuilder(lexicon.explain(tokens, zones(titleLen, tokens.length)));
    if (defaultModel != null) {
      double[] p = defaultModel.posterior(in.title(), in.text(), NB_TEMPER);
      b.append("naive-bayes:");
      for (int j = 0; j < p.length; j++) {
        if (p[j] >= 0.05) {
          b.append(String.format(" %s=%.2f", TOPICS[defaultModelTopic[j]].key(), p[j]));
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String[] tokens(TopicInput in) {
    String[] title = TopicTokens.tokenize(in.title());
    String[] body = TopicTokens.tokenize(in.text());
    String[] tokens = Arrays.copyOf(title, title.length + body.length);
    System.arraycopy(body, 0, tokens, title.length, body.length);
    return tokens;
  }

  /** Position weights: title words count most, then the lead, then the rest. */
  private static float[] zones(int titleLen, int n) {
    float[] zone = new float[n];
    for (int i = 0; i < n; i++) {
      zone[i] = i < titleLen ? TITLE_WEIGHT : i - titleLen < LEAD_TOKENS ? LEAD_WEIGHT : 1f;
    }
    return zone;
  }

  /** The default classifier's score per topic ordinal; all zero when nothing in the input speaks for any. */
  double[] defaultDistribution(TopicInput in) {
    int k = TOPICS.length;
    int[] title = TopicTokens.ids(in.title(), terms);
    int[] body = TopicTokens.ids(in.text(), terms);
    int[] tokens = Arrays.copyOf(title, title.length + body.length);
    System.arraycopy(body, 0, tokens, title.length, body.length);
    double[] lex = new double[k];
    lexicon.score(tokens, zones(title.length, tokens.length), lex, phrases);
    if (!in.entities().isEmpty()) {
      double[] ent = TopicHints.fromEntities(in.entities(), lexicon);
      for (int t = 0; t < k; t++) {
        lex[t] += W_ENTITIES * ent[t];
      }
    }
    double[] mix = new double[k];
    double total = 0;
    double lexSum = 0;
    double[] sharp = new double[k];
    for (int t = 0; t < k; t++) {
      sharp[t] = lex[t] > 0 ? Math.pow(lex[t], LEXICON_POWER) : 0;
      lexSum += sharp[t];
    }
    if (lexSum > 0) {
      // little evidence (a short text with one or two matched words) weighs less against the hints
      double lexTotal = Arrays.stream(lex).filter(x -> x > 0).sum();
      double w = W_LEXICON * Math.min(1, lexTotal / FULL_EVIDENCE);
      for (int t = 0; t < k; t++) {
        mix[t] += w * sharp[t] / lexSum;
      }
      total += w;
    }
    if (defaultModel != null) {
      double[] p = defaultModel.posterior(title, body, NB_TEMPER, defaultModelRows);
      double s = Arrays.stream(p).sum();
      if (s > 0) {
        for (int j = 0; j < p.length; j++) {
          mix[defaultModelTopic[j]] += W_NB * p[j];
        }
        total += W_NB;
      }
    }
    total += addHint(mix, TopicHints.fromSection(in.section()), W_SECTION);
    total += addHint(mix, TopicHints.fromUrl(in.url()), W_URL);
    if (total > 0) {
      for (int t = 0; t < k; t++) {
        mix[t] /= total;
      }
    }
    return mix;
  }

  private static double addHint(double[] mix, double[] hint, double weight) {
    double s = Arrays.stream(hint).sum();
    if (s <= 0) {
      return 0;
    }
    for (int t = 0; t < mix.length; t++) {
      mix[t] += weight * hint[t];
    }
    return weight;
  }

  private static List<TopicScore> rank(Map<String, Double> scores) {
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    List<TopicScore> out = new ArrayList<>();
    if (sorted.isEmpty() || sorted.get(0).getValue() <= 0) {
      return out;
    }
    double best = sorted.get(0).getValue();
    for (Map.Entry<String, Double> e : sorted) {
      if (!TopicCut.keeps(out.size(), e.getValue(), best)) {
        break;
      }
      String label = e.getKey();
      String code = IptcMediaTopics.find(label).map(IptcMediaTopics::code).orElse(label);
      out.add(new TopicScore(code, label, Math.min(1.0, Math.round(e.getValue() * 10000) / 10000.0),
          out.size() + 1));
    }
    return out;
  }
}
