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
    return new GazetteerFeatureGenerator(getStr("prefix"), dictionary);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
