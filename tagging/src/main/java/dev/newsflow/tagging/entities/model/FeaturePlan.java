package dev.newsflow.tagging.entities.model;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's feature generator tree for a model, flattened into the list of feature emissions it makes for a token, in
 * its order: each leaf generator with the token position it reads (relative to the token) and the window prefix its
 * features get ("p1", "n2", ...). The tree is walked as built from the model's descriptor, so its quirks come along:
 * OpenNLP 2.5's descriptor reader repeats some generators (the shipped model's features after the word window, and
 * three of its gazetteers, come twice), and the model was trained with them.
 *
 * <p>Only the generators of the project's descriptor are known; any other makes {@link #of} fail. Immutable.
 */
final class FeaturePlan {

  /** What a leaf generator reads. */
  enum Kind { WORD, WORD_CLASS, PREFIX, SUFFIX, PRIOR, PREVIOUS_LABEL, BIGRAM, SENTENCE, GAZETTEER }

  /**
   * One leaf generator at one window position.
   *
   * @param path the positions the windows pass through, relative to the token (each must be inside the sentence,
   *     as OpenNLP's window skips positions outside it); the last is the position the leaf reads
   * @param prefix the window prefix of its features
   * @param flags leaf settings: lower-casing (WORD), word-and-class feature (WORD_CLASS), affix length
   *     (PREFIX, SUFFIX), first/last word features as bits 1 and 2 (SENTENCE), gazetteer index (GAZETTEER)
   */
  record Emission(Kind kind, int[] path, String prefix, int flags) {
    int offset() {
      return path.length == 0 ? 0 : path[path.length - 1];
    }
  }

  final List<Emission> emissions;
  final List<GazetteerFeatureGenerator> gazetteers;

  private FeaturePlan(List<Emission> emissions, List<GazetteerFeatureGenerator> gazetteers) {
    this.emissions = List.copyOf(emissions);
    this.gazetteers = List.copyOf(gazetteers);
  }

  /** The plan of a generator tree; throws IllegalArgumentException on a generator it does not know. */
  static FeaturePlan of(AdaptiveFeatureGenerator root) {
    List<Emission> emissions = new ArrayList<>();
    Map<GazetteerFeatureGenerator, Integer> gazetteers = new IdentityHashMap<>();
    List<GazetteerFeatureGenerator> ordered = new ArrayList<>();
    walk(root, new int[0], "", emissions, gazetteers, ordered);
    return new FeaturePlan(emissions, ordered);
  }

  private static void walk(AdaptiveFeatureGenerator g, int[] path, String prefix, List<Emission> out,
      Map<GazetteerFeatureGenerator, Integer> gazetteers, List<GazetteerFeatureGenerator> ordered) {
    Class<?> type = g.getClass();
    if (type == CachedFeatureGenerator.class) {
      walk(((CachedFeatureGenerator) g).getCachedFeatureGenerator(), path, prefix, out, gazetteers, ordered);
    } else if (type == AggregatedFeatureGenerator.class) {
      for (AdaptiveFeatureGenerator child : ((AggregatedFeatureGenerator) g).getGenerators()) {
        walk(child, path, prefix, out, gazetteers, ordered);
      }
    } else if (type == WindowFeatureGenerator.class) {
      AdaptiveFeatureGenerator inner = field(g, "generator", AdaptiveFeatureGenerator.class);
      int previous = field(g, "prevWindowSize", Integer.class);
      int next = field(g, "nextWindowSize", Integer.class);
      int here = path.length == 0 ? 0 : path[path.length - 1];
      walk(inner, path, prefix, out, gazetteers, ordered);
      for (int i = 1; i <= previous; i++) {
        walk(inner, append(path, here - i), prefix + "p" + i, out, gazetteers, ordered);
      }
      for (int i = 1; i <= next; i++) {
        walk(inner, append(path, here + i), prefix + "n" + i, out, gazetteers, ordered);
      }
    } else if (type == TokenFeatureGenerator.class) {
      out.add(new Emission(Kind.WORD, path, prefix, field(g, "lowercase", Boolean.class) ? 1 : 0));
    } else if (type == TokenClassFeatureGenerator.class) {
      out.add(new Emission(Kind.WORD_CLASS, path, prefix,
          field(g, "generateWordAndClassFeature", Boolean.class) ? 1 : 0));
    } else if (type == PrefixFeatureGenerator.class) {
      out.add(new Emission(Kind.PREFIX, path, prefix, field(g, "prefixLength", Integer.class)));
    } else if (type == SuffixFeatureGenerator.class) {
      out.add(new Emission(Kind.SUFFIX, path, prefix, field(g, "suffixLength", Integer.class)));
    } else if (type == OutcomePriorFeatureGenerator.class) {
      out.add(new Emission(Kind.PRIOR, path, prefix, 0));
    } else if (type == PreviousMapFeatureGenerator.class) {
      out.add(new Emission(Kind.PREVIOUS_LABEL, path, prefix, 0));
    } else if (type == BigramNameFeatureGenerator.class) {
      out.add(new Emission(Kind.BIGRAM, path, prefix, 0));
    } else if (type == SentenceFeatureGenerator.class) {
      int flags = (field(g, "isGenerateFirstWordFeature", Boolean.class) ? 1 : 0)
          | (field(g, "isGenerateLastWordFeature", Boolean.class) ? 2 : 0);
      out.add(new Emission(Kind.SENTENCE, path, prefix, flags));
    } else if (type == GazetteerFeatureGenerator.class) {
      GazetteerFeatureGenerator gazetteer = (GazetteerFeatureGenerator) g;
      Integer index = gazetteers.get(gazetteer);
      if (index == null) {
        index = ordered.size();
        gazetteers.put(gazetteer, index);
        ordered.add(gazetteer);
      }
      out.add(new Emission(Kind.GAZETTEER, path, prefix, index));
    } else {
      throw new IllegalArgumentException("feature generator " + type.getName() + " is not supported");
    }
  }

  private static int[] append(int[] path, int position) {
    int[] longer = java.util.Arrays.copyOf(path, path.length + 1);
    longer[path.length] = position;
    return longer;
  }

  private static <T> T field(Object owner, String name, Class<T> type) {
    try {
      Field f = owner.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return type.cast(f.get(owner));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read " + owner.getClass().getSimpleName() + "." + name, e);
    }
  }
}
