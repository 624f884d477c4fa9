package dev.newsflow.tagging.entities.model;

import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Feature generator for the model's descriptor: marks tokens inside a match of one gazetteer (first names,
 * places, demonyms, organisation words) with features named after that gazetteer. OpenNLP's own dictionary
 * generator gives every dictionary the same feature names; this one takes a {@code prefix} so several lists
 * stay apart, and {@link GazetteerFeatureGenerator} finds the same matches much faster. The list travels inside
 * the model file as a dictionary artifact named by {@code dict}.
 *
 * <pre>{@code <generator class="dev.newsflow.tagging.entities.model.GazetteerFeatureGeneratorFactory">
 *   <str name="dict">places.dict</str> <str name="prefix">loc</str> </generator>}</pre>
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(resource instanceof Dictionary dictionary)) {
      throw new InvalidFormatException("gazetteer '" + key + "' is missing from the model resources");
    }
    return new GazetteerFeatureGenerator(getStr("prefix"), SharedMatchers.of(dictionary));
  }

  /**
   * One matcher per gazetteer (by identity) for all the generators built from one loaded model: OpenNLP builds a
   * generator tree per decoder and per context generator, and indexing the place list takes most of a second.
   * Weakly held, so a model that is dropped takes its matchers with it.
   */
  static final class SharedMatchers {
    private static final java.util.List<java.util.Map.Entry<java.lang.ref.WeakReference<Dictionary>,
        GazetteerMatcher>> MATCHERS = new java.util.ArrayList<>();

    private SharedMatchers() {}

    static synchronized GazetteerMatcher of(Dictionary dictionary) {
      MATCHERS.removeIf(e -> e.getKey().get() == null);
      for (var e : MATCHERS) {
        if (e.getKey().get() == dictionary) {
          return e.getValue();
        }
      }
      GazetteerMatcher matcher = new GazetteerMatcher(dictionary);
      MATCHERS.add(java.util.Map.entry(new java.lang.ref.WeakReference<>(dictionary), matcher));
      return matcher;
    }
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
