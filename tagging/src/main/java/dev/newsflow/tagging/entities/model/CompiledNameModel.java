package dev.newsflow.tagging.entities.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.StringUtil;

/**
 * The NER model's perceptron weights and feature names resolved once, for {@link FastNameDecoder}: every feature
 * that does not depend on the token (sentence start, the prior, the previous outcomes) is looked up here once, and
 * the features of a word are looked up once per word ({@link #wordFeatures}) instead of being built as strings and
 * looked up for every token, window position and beam entry.
 *
 * <p>The features come from the model's own generator tree ({@link FeaturePlan}) plus the previous-outcome
 * features of OpenNLP's {@link DefaultNameContextGenerator}; {@link #compile} also checks the result against
 * OpenNLP's own feature generation and decoder on a probe text, and returns null where anything differs, so a model
 * the fast path cannot reproduce is decoded by OpenNLP instead.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledNameModel {

  /** Every value {@link FeatureGeneratorUtil#tokenFeature} returns. */
  private static final List<String> WORD_CLASSES = List.of(
      "jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");
  private static final Pattern TYPED_OUTCOME = Pattern.compile("(.+)-\\w+");

  private final Map<String, Context> features;
  final FeaturePlan plan;
  final FeaturePlan.Emission[] emissions;
  final GazetteerMatcher[] gazetteers;
  final int outcomeCount;
  final String[] outcomes;
  final int other;
  final String[] types;
  final boolean[] starts;
  final boolean[] continues;
  final boolean[] ends;
  /** [previous outcome + 1][outcome]: OpenNLP's BIO sequence validator as a table (row 0: no previous outcome). */
  final boolean[][] valid;
  final Context[] previousOutcome;
  final Context[] previousPreviousOutcome;
  final Context[][] previousOutcomeAndClass;
  /** Per emission: its one feature that needs no word (prior, first word, gazetteer match), or null. */
  final Context[] constant;
  /** Per sentence emission: the last-word feature. */
  final Context[] sentenceEnd;
  /** Per previous-label emission: "pd=" per outcome, and last the feature of a word not seen before. */
  final Context[][] previousLabel;
  /** Per bigram emission: the word-class pair features before and after, [class][class]. */
  final Context[][][] classBigramBefore;
  final Context[][][] classBigramAfter;
  /** Per bigram emission: which of {@link #bigramPrefixes} it writes with (emissions with one prefix share lookups). */
  final int[] bigramGroup;
  final String[] bigramPrefixes;

  private CompiledNameModel(AbstractModel model, FeaturePlan plan) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.features = pmap;
    this.plan = plan;
    this.emissions = plan.emissions.toArray(new FeaturePlan.Emission[0]);
    this.gazetteers = new GazetteerMatcher[plan.gazetteers.size()];
    for (int g = 0; g < gazetteers.length; g++) {
      gazetteers[g] = plan.gazetteers.get(g).matcher();
    }
    this.outcomes = ((String[]) data[2]).clone();
    this.outcomeCount = outcomes.length;
    this.other = List.of(outcomes).indexOf("other");
    if (other < 0) {
      throw new IllegalArgumentException("the model has no 'other' outcome");
    }
    types = new String[outcomeCount];
    starts = new boolean[outcomeCount];
    continues = new boolean[outcomeCount];
    ends = new boolean[outcomeCount];
    for (int o = 0; o < outcomeCount; o++) {
      Matcher m = TYPED_OUTCOME.matcher(outcomes[o]);
      types[o] = m.matches() ? m.group(1) : null;
      starts[o] = outcomes[o].endsWith("start");
      continues[o] = outcomes[o].endsWith("cont");
      ends[o] = outcomes[o].endsWith("other");
    }
    valid = new boolean[outcomeCount + 1][outcomeCount];
    for (int last = -1; last < outcomeCount; last++) {
      for (int o = 0; o < outcomeCount; o++) {
        valid[last + 1][o] = validSequence(last, o);
      }
    }
    int classes = WORD_CLASSES.size();
    previousOutcome = new Context[outcomeCount];
    previousPreviousOutcome = new Context[outcomeCount];
    previousOutcomeAndClass = new Context[outcomeCount][classes];
    for (int o = 0; o < outcomeCount; o++) {
      previousOutcome[o] = feature("po=" + outcomes[o]);
      previousPreviousOutcome[o] = feature("ppo=" + outcomes[o]);
      for (int c = 0; c < classes; c++) {
        previousOutcomeAndClass[o][c] = feature("powf=" + outcomes[o] + "," + WORD_CLASSES.get(c));
      }
    }
    int count = emissions.length;
    bigramGroup = new int[count];
    List<String> prefixes = new ArrayList<>();
    for (int e = 0; e < count; e++) {
      if (emissions[e].kind() == FeaturePlan.Kind.BIGRAM) {
        if (!prefixes.contains(emissions[e].prefix())) {
          prefixes.add(emissions[e].prefix());
        }
        bigramGroup[e] = prefixes.indexOf(emissions[e].prefix());
      }
    }
    bigramPrefixes = prefixes.toArray(new String[0]);
    constant = new Context[count];
    sentenceEnd = new Context[count];
    previousLabel = new Context[count][];
    classBigramBefore = new Context[count][][];
    classBigramAfter = new Context[count][][];
    for (int e = 0; e < count; e++) {
      FeaturePlan.Emission emission = emissions[e];
      String p = emission.prefix();
      switch (emission.kind()) {
        case PRIOR -> constant[e] = feature(p + "def");
        case SENTENCE -> {
          constant[e] = (emission.flags() & 1) != 0 ? feature(p + "S=begin") : null;
          sentenceEnd[e] = (emission.flags() & 2) != 0 ? feature(p + "S=end") : null;
        }
        case GAZETTEER -> constant[e] = feature(p + plan.gazetteers.get(emission.flags()).inFeature());
        case PREVIOUS_LABEL -> {
          previousLabel[e] = new Context[outcomeCount + 1];
          for (int o = 0; o < outcomeCount; o++) {
            previousLabel[e][o] = feature(p + "pd=" + outcomes[o]);
          }
          previousLabel[e][outcomeCount] = feature(p + "pd=null");
        }
        case BIGRAM -> {
          classBigramBefore[e] = new Context[classes][classes];
          classBigramAfter[e] = new Context[classes][classes];
          for (int a = 0; a < classes; a++) {
            for (int b = 0; b < classes; b++) {
              classBigramBefore[e][a][b] = feature(p + "pwc,wc=" + WORD_CLASSES.get(a) + "," + WORD_CLASSES.get(b));
              classBigramAfter[e][a][b] = feature(p + "wc,nc=" + WORD_CLASSES.get(a) + "," + WORD_CLASSES.get(b));
            }
          }
        }
        default -> { }
      }
    }
  }

  /**
   * Compiles the model, or returns null when it is not a perceptron or maximum-entropy event model with the
   * descriptor's feature set (checked on a probe text against OpenNLP's decoder).
   */
  static CompiledNameModel compile(TokenNameFinderModel model) {
    try {
      return compileChecked(model);
    } catch (RuntimeException e) {
      System.getLogger(CompiledNameModel.class.getName()).log(System.Logger.Level.WARNING,
          "NER model decoded by OpenNLP (slower): " + e.getMessage());
      return null;
    }
  }

  /** As {@link #compile}, but says why a model cannot be compiled. */
  static CompiledNameModel compileChecked(TokenNameFinderModel model) {
    Object artifact = model.getArtifact("nameFinder.model");
    if (!(artifact instanceof opennlp.tools.ml.perceptron.PerceptronModel perceptron)) {
      throw new IllegalArgumentException("not a perceptron model");
    }
    String beam = model.getManifestProperty("BeamSize");
    if (beam != null && !beam.equals(String.valueOf(FastNameDecoder.BEAM_SIZE))) {
      throw new IllegalArgumentException("beam size " + beam);
    }
    String codec = model.getManifestProperty("sequenceCodecImplName");
    if (codec != null && !codec.equals(opennlp.tools.namefind.BioCodec.class.getName())) {
      throw new IllegalArgumentException("sequence codec " + codec);
    }
    NameContextGenerator generator = model.getFactory().createContextGenerator();
    if (generator.getClass() != DefaultNameContextGenerator.class) {
      throw new IllegalArgumentException("context generator " + generator.getClass().getName());
    }
    CompiledNameModel compiled = new CompiledNameModel(perceptron,
        FeaturePlan.of(model.getFactory().createFeatureGenerators()));
    String difference = ReferenceCheck.firstDifference(compiled, model, List.of(ReferenceCheck.PROBE));
    if (difference != null) {
      throw new IllegalArgumentException("features differ from OpenNLP's: " + difference);
    }
    return compiled;
  }

  private boolean validSequence(int last, int outcome) {
    // OpenNLP's NameFinderSequenceValidator: a "cont" only after a start or cont of the same type
    if (!continues[outcome]) {
      return true;
    }
    if (last < 0 || ends[last]) {
      return false;
    }
    if (continues[last] || starts[last]) {
      String previousType = types[last];
      String type = types[outcome];
      if (previousType != null || type != null) {
        return type != null && type.equals(previousType);
      }
    }
    return true;
  }

  /** The weights of a feature, or null when the model never saw it (it then adds nothing). */
  Context feature(String name) {
    return features.get(name);
  }

  /** The features of one word at every word-reading emission of the plan; built once per word and decoder. */
  WordFeatures wordFeatures(String word, int id) {
    String lower = StringUtil.toLowerCase(word);
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    int classIndex = WORD_CLASSES.indexOf(wordClass);
    if (classIndex < 0) {
      throw new IllegalStateException("unknown word class " + wordClass);
    }
    Context[][] perEmission = new Context[emissions.length][];
    List<Context> found = new ArrayList<>(6);
    for (int e = 0; e < emissions.length; e++) {
      FeaturePlan.Emission emission = emissions[e];
      String p = emission.prefix();
      found.clear();
      switch (emission.kind()) {
        case WORD -> addKnown(found, p + "w=" + (emission.flags() == 1 ? lower : word));
        case WORD_CLASS -> {
          addKnown(found, p + "wc=" + wordClass);
          if (emission.flags() == 1) {
            addKnown(found, p + "w&c=" + lower + "," + wordClass);
          }
        }
        case PREFIX -> {
          int count = Math.min(emission.flags(), word.length());
          for (int i = 0; i < count; i++) {
            addKnown(found, p + "pre=" + word.substring(0, Math.min(i + 1, word.length())));
          }
        }
        case SUFFIX -> {
          int count = Math.min(emission.flags(), word.length());
          for (int i = 0; i < count; i++) {
            addKnown(found, p + "suf=" + word.substring(Math.max(word.length() - i - 1, 0)));
          }
        }
        case GAZETTEER -> addKnown(found, p + plan.gazetteers.get(emission.flags()).wordFeature() + word);
        default -> {
          continue;
        }
      }
      perEmission[e] = found.toArray(new Context[0]);
    }
    Context[] afterOutcome = new Context[outcomeCount];
    for (int o = 0; o < outcomeCount; o++) {
      afterOutcome[o] = feature("pow=" + outcomes[o] + "," + word);
    }
    return new WordFeatures(id, classIndex, perEmission, afterOutcome);
  }

  /**
   * The bigram features of two neighbouring words, per bigram prefix: "pw,w=a,b" (read at the second word) then
   * "w,nw=a,b" (read at the first).
   */
  Context[] pairFeatures(String first, String second) {
    Context[] pair = new Context[bigramPrefixes.length * 2];
    for (int g = 0; g < bigramPrefixes.length; g++) {
      pair[2 * g] = feature(bigramPrefixes[g] + "pw,w=" + first + "," + second);
      pair[2 * g + 1] = feature(bigramPrefixes[g] + "w,nw=" + first + "," + second);
    }
    return pair;
  }

  private void addKnown(List<Context> into, String name) {
    Context c = feature(name);
    if (c != null) {
      into.add(c);
    }
  }
}
