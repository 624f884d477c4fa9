package dev.newsflow.tagging.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word ids, id tokenising and the id paths of the lexicon and the Naive Bayes model against their string paths. */
class TermIdsTest {

  private static final String TRICKY = "The companies' elections: £5bn (3.5%) for Formula 1 and euro 2004; "
      + "viruses, classes, crisis, buses, PARTIES, Überweisung, naïve café, x y z, "
      + "a" + "b".repeat(80) + "s, $money, 100%, €, ¥10, 2-1, U.S. e-mail";

  @Test
  void idsAreStableAndUnknownWordsGetMinusOne() {
    TermIds ids = TermIds.of(List.of("election", "company", "election", "$money"));
    assertThat(ids.size()).isEqualTo(3);
    assertThat(ids.id("election")).isEqualTo(0);
    assertThat(ids.id("company")).isEqualTo(1);
    assertThat(ids.id("$money")).isEqualTo(2);
    assertThat(ids.id("elections")).isEqualTo(-1);
    assertThat(ids.id("")).isEqualTo(-1);
    char[] buffer = "companyxyz".toCharArray();
    assertThat(ids.id(buffer, 7)).isEqualTo(1);
    assertThat(ids.word(1)).isEqualTo("company");
  }

  @Test
  void manyWordsAllFindTheirIds() {
    List<String> words = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 5_000; i++) {
      words.add(Integer.toString(random.nextInt(1_000_000), 36));
    }
    TermIds ids = TermIds.of(words);
    for (String w : words) {
      assertThat(ids.word(ids.id(w))).isEqualTo(w);
    }
  }

  @Test
  void idTokensAreTheStringTokensAtTheSamePositions() throws IOException {
    for (String text : texts()) {
      String[] tokens = TopicTokens.tokenize(text);
      List<String> vocabulary = new ArrayList<>(Arrays.asList(tokens).subList(0, tokens.length / 2));
      TermIds ids = TermIds.of(vocabulary);
      int[] got = TopicTokens.ids(text, ids);
      assertThat(got).hasSize(tokens.length);
      for (int i = 0; i < tokens.length; i++) {
        assertThat(got[i]).as(tokens[i]).isEqualTo(ids.id(tokens[i]));
      }
    }
  }

  @Test
  void lexiconAndModelGiveTheSameScoresOnIdsAsOnStrings() throws IOException {
    TopicLexicon lexicon = TopicLexicon.loadDefault();
    NaiveBayesTopicModel model = NaiveBayesTopicModel.readResource(DefaultTopicClassifier.DEFAULT_MODEL_RESOURCE);
    List<String> words = new ArrayList<>(lexicon.words());
    words.addAll(model.words());
    TermIds ids = TermIds.of(words);
    TopicLexicon.PhraseIndex phrases = lexicon.phraseIndex(ids);
    double[][] rows = model.rows(ids);
    int matched = 0;
    for (String text : texts()) {
      String[] tokens = TopicTokens.tokenize(text);
      float[] zone = new float[tokens.length];
      Arrays.fill(zone, 1.5f);
      double[] byString = new double[IptcMediaTopics.values().length];
      double[] byId = new double[byString.length];
      lexicon.score(tokens, zone, byString);
      lexicon.score(TopicTokens.ids(text, ids), zone, byId, phrases);
      assertThat(byId).containsExactly(byString);
      matched += Arrays.stream(byString).anyMatch(x -> x != 0) ? 1 : 0;
      String[] title = TopicTokens.tokenize("Central bank raises interest rates");
      assertThat(model.posterior(TopicTokens.ids("Central bank raises interest rates", ids),
          TopicTokens.ids(text, ids), 0.7, rows)).containsExactly(model.posterior(title, tokens, 0.7));
    }
    assertThat(matched).isGreaterThan(2);
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(List.of(TRICKY, "", "percent", "The Prime Minister said the Premier "
        + "League season and the World Cup final would go ahead; stock markets fell and the central bank cut "
        + "interest rates as inflation eased. Hospitals reported flu cases."));
    for (String name : List.of("ceasefire-talks.txt", "plant-closures.txt", "river-talks.txt")) {
      try (InputStream in = TermIdsTest.class.getResourceAsStream("/entities/" + name)) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
