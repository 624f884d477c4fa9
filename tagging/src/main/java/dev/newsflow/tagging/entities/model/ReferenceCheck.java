package dev.newsflow.tagging.entities.model;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Compares {@link FastNameDecoder} with OpenNLP's own decoder for the same model: per token, the beam-independent
 * features (as model weights, in order) against OpenNLP's feature generators, and per sentence the spans, types and
 * probabilities against {@link NameFinderME}. {@link CompiledNameModel#compile} runs it on {@link #PROBE} at load;
 * tests run it on more text.
 */
final class ReferenceCheck {

  /** Invented sentences that reach every feature kind: gazetteers, window edges, repeated names, all caps. */
  static final String[][] PROBE = {
      "LONDON 2026-03-14".split(" "),
      "President Anna Keller of Norland met Prime Minister Tomas Varga in Geneva on Tuesday .".split(" "),
      "Shares of Siemens fell 3.5 percent in Frankfurt after the company , based in Munich , cut its forecast .".split(" "),
      "The United Nations and the World Bank said aid would reach Sudan and South Sudan next week .".split(" "),
      "Keller told Reuters that German and French officials would meet again in Paris .".split(" "),
      "BARCELONA 2 PORTO 1 : Lionel Messi scored twice at the Camp Nou .".split(" "),
      "Nobody .".split(" "),
  };

  private ReferenceCheck() {}

  /** The first difference on these sentences, taken as one document, or null when there is none. */
  static String firstDifference(CompiledNameModel compiled, TokenNameFinderModel model, List<String[]> document) {
    NameFinderME reference = new NameFinderME(model);
    NameContextGenerator features = model.getFactory().createContextGenerator();
    FastNameDecoder fast = new FastNameDecoder(compiled);
    BioCodec codec = new BioCodec();
    Object[] noContext = new Object[0];
    for (String[] tokens : document) {
      if (tokens.length == 0) {
        continue;
      }
      for (int i = 0; i < tokens.length; i++) {
        List<Context> expected = new ArrayList<>();
        for (String name : features.getContext(i, tokens, null, noContext)) {
          Context c = compiled.feature(name);
          if (c != null) {
            expected.add(c);
          }
        }
        List<Context> actual = fast.staticFeatures(tokens, i);
        if (!sameSequence(expected, actual)) {
          return "features of token " + i + " of a " + tokens.length + "-token sentence differ";
        }
      }
      Span[] want = reference.find(tokens);
      Span[] got = fast.find(tokens);
      if (want.length != got.length) {
        return want.length + " spans expected, " + got.length + " found";
      }
      for (int s = 0; s < want.length; s++) {
        Span a = want[s];
        Span b = got[s];
        if (a.getStart() != b.getStart() || a.getEnd() != b.getEnd() || !a.getType().equals(b.getType())
            || Double.compare(a.getProb(), b.getProb()) != 0) {
          return "span " + s + " differs: " + a + " " + a.getProb() + " against " + b + " " + b.getProb();
        }
      }
      features.updateAdaptiveData(tokens, codec.encode(want, tokens.length));
    }
    return null;
  }

  private static boolean sameSequence(List<Context> a, List<Context> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
