package dev.newsflow.tagging.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.tagging.nlp.NewsTokenizer;
import dev.newsflow.tagging.nlp.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast decoder against OpenNLP's own, on the shipped model and texts written for the tests. */
class FastNameDecoderTest {

  private static TokenNameFinderModel model;
  private static CompiledNameModel compiled;

  @BeforeAll
  static void load() {
    StatisticalNameFinder shipped = StatisticalNameFinder.loadDefault();
    model = shipped.model();
    compiled = CompiledNameModel.compileChecked(model);
  }

  private static List<String[]> sentences(String resource) throws IOException {
    try (InputStream in = FastNameDecoderTest.class.getResourceAsStream("/entities/" + resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> sentences = new ArrayList<>();
      for (Sentence s : new NewsTokenizer().split(text)) {
        sentences.add(s.words());
      }
      return sentences;
    }
  }

  @Test
  void theShippedModelIsDecodedByTheFastDecoder() {
    assertThat(compiled).isNotNull();
    assertThat(StatisticalNameFinder.loadDefault().fastDecoding()).isTrue();
  }

  @Test
  void generatorTreesOfOneModelShareTheirGazetteerMatchers() {
    FeaturePlan first = FeaturePlan.of(model.getFactory().createFeatureGenerators());
    FeaturePlan second = FeaturePlan.of(model.getFactory().createFeatureGenerators());
    assertThat(first.gazetteers).hasSize(4);
    for (int g = 0; g < 4; g++) {
      assertThat(second.gazetteers.get(g)).isNotSameAs(first.gazetteers.get(g));
      assertThat(second.gazetteers.get(g).matcher()).isSameAs(first.gazetteers.get(g).matcher());
    }
    assertThat(first.gazetteers.get(0).matcher()).isNotSameAs(first.gazetteers.get(1).matcher());
  }

  @Test
  void featuresSpansAndProbabilitiesEqualOpenNlpsOnWholeArticles() throws IOException {
    for (String article : List.of("ceasefire-talks.txt", "plant-closures.txt", "river-talks.txt")) {
      List<String[]> document = sentences(article);
      assertThat(document).hasSizeGreaterThan(5);
      assertThat(ReferenceCheck.firstDifference(compiled, model, document)).as(article).isNull();
    }
  }

  @Test
  void theCheckNoticesADifferentDecoder() {
    // a document of one sentence, decoded by a reference whose earlier-label memory has seen a first sentence
    // that the fast decoder has not: the check must fail on the "pd=" feature or the spans, not pass silently
    NameFinderME reference = new NameFinderME(model);
    String[] first = "Keller met Varga in Geneva .".split(" ");
    String[] second = "Keller and Varga left Geneva .".split(" ");
    reference.find(first);
    Span[] withMemory = reference.find(second);
    FastNameDecoder fast = new FastNameDecoder(compiled);
    Span[] withoutMemory = fast.find(second);
    fast.clearAdaptiveData();
    fast.find(first);
    Span[] sameMemory = fast.find(second);
    assertThat(spansAndProbs(sameMemory)).isEqualTo(spansAndProbs(withMemory));
    assertThat(fast.staticFeatures(second, 0)).isNotEqualTo(new FastNameDecoder(compiled).staticFeatures(second, 0));
    assertThat(withoutMemory).isNotNull();
  }

  @Test
  void theWordCacheStaysBoundedAndForgettingChangesNothing() throws IOException {
    List<String[]> document = new ArrayList<>(sentences("plant-closures.txt"));
    document.addAll(sentences("ceasefire-talks.txt"));
    FastNameDecoder unbounded = new FastNameDecoder(compiled);
    FastNameDecoder tiny = new FastNameDecoder(compiled, 50);
    int longest = 0;
    for (String[] sentence : document) {
      longest = Math.max(longest, sentence.length);
      assertThat(spansAndProbs(tiny.find(sentence))).isEqualTo(spansAndProbs(unbounded.find(sentence)));
      assertThat(tiny.cachedWords()).isLessThanOrEqualTo(Math.max(50, sentence.length));
      // pairs are keyed by word ids, so they are emptied with the words: never more than the tokens since
      assertThat(tiny.cachedPairs()).isLessThanOrEqualTo(4 * 50);
    }
    assertThat(longest).isLessThan(50);
    assertThat(unbounded.cachedWords()).isGreaterThan(2 * 50);
    assertThat(tiny.cachedWords()).isLessThan(unbounded.cachedWords());
  }

  @Test
  void clearingTheDocumentMemoryGivesTheFirstAnswerAgain() throws IOException {
    List<String[]> document = sentences("ceasefire-talks.txt");
    FastNameDecoder fast = new FastNameDecoder(compiled);
    List<String> first = decode(fast, document);
    fast.clearAdaptiveData();
    assertThat(decode(fast, document)).isEqualTo(first);
  }

  private static List<String> decode(FastNameDecoder decoder, List<String[]> document) {
    List<String> out = new ArrayList<>();
    for (String[] sentence : document) {
      out.addAll(spansAndProbs(decoder.find(sentence)));
    }
    return out;
  }

  private static List<String> spansAndProbs(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + "-" + s.getEnd() + ":" + s.getType() + "@" + Double.doubleToLongBits(s.getProb()));
    }
    return out;
  }
}
