package dev.newsflow.tagging.entities.model;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Marks the tokens inside gazetteer matches, with the same feature names as OpenNLP's
 * {@code DictionaryFeatureGenerator} ({@code <prefix>:w=dic} and {@code <prefix>:w=dic=<token>}); the matches come
 * from a {@link GazetteerMatcher}. One instance per decoder (not thread-safe); it remembers the matches of the last
 * sentence it saw.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

  private final String inFeature;
  private final String wordFeature;
  private final GazetteerMatcher matcher;

  private String[] lastSentence;
  private boolean[] inMatch;

  GazetteerFeatureGenerator(String prefix, GazetteerMatcher matcher) {
    this.inFeature = prefix + ":w=dic";
    this.wordFeature = prefix + ":w=dic=";
    this.matcher = matcher;
  }

  /** The feature a token inside a match gets. */
  String inFeature() {
    return inFeature;
  }

  /** The feature name a token inside a match gets with the token appended. */
  String wordFeature() {
    return wordFeature;
  }

  GazetteerMatcher matcher() {
    return matcher;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastSentence) {
      lastSentence = tokens;
      inMatch = matcher.match(tokens);
    }
    if (inMatch[index]) {
      features.add(inFeature);
      features.add(wordFeature + tokens[index]);
    }
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
  }

  @Override
  public void clearAdaptiveData() {
  }
}
