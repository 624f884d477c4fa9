package dev.newsflow.tagging.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicLexiconTest {

  private static TopicLexicon lexicon(String text) throws IOException {
    return TopicLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
  }

  @Test
  void longestPhraseWinsAndPluralsMatch() throws IOException {
    TopicLexicon lex = lexicon("""
        [politics]
        3: prime minister
        1: minister
        [sport]
        2: goal
        """);
    double[] scores = new double[IptcMediaTopics.values().length];
    String[] tokens = TopicTokens.tokenize("The Prime Minister watched three goals");
    float[] zone = new float[tokens.length];
    java.util.Arrays.fill(zone, 1f);
    lex.score(tokens, zone, scores);
    assertThat(scores[IptcMediaTopics.POLITICS.ordinal()]).isEqualTo(3.0);
    assertThat(scores[IptcMediaTopics.SPORT.ordinal()]).isEqualTo(2.0);
    assertThat(lex.weightsOf("ministers")[IptcMediaTopics.POLITICS.ordinal()]).isEqualTo(1f);
  }

  @Test
  void repeatedTermsCountLessThanNewOnesAndScaleApplies() throws IOException {
    TopicLexicon lex = lexicon("""
        [science]
        scale: 2
        1: chip
        """);
    double[] scores = new double[IptcMediaTopics.values().length];
    String[] tokens = TopicTokens.tokenize("chip chip chip chip");
    float[] zone = {1f, 1f, 1f, 1f};
    lex.score(tokens, zone, scores);
    assertThat(scores[IptcMediaTopics.SCIENCE.ordinal()]).isEqualTo(2.0 * Math.sqrt(4));
  }

  @Test
  void badLinesAreErrorsNamingTheLine() {
    assertThatThrownBy(() -> lexicon("[politics]\nthree: vote\n")).hasMessageContaining("test:2");
    assertThatThrownBy(() -> lexicon("[gardening]\n1: rose\n")).hasMessageContaining("unknown topic gardening");
    assertThatThrownBy(() -> lexicon("1: vote\n")).hasMessageContaining("test:1");
  }

  @Test
  void defaultLexiconLoadsWithHundredsOfTermsPerTopic() {
    TopicLexicon lex = TopicLexicon.loadDefault();
    assertThat(lex.size()).isGreaterThan(3000);
    assertThat(lex.weightsOf("goalkeeper")[IptcMediaTopics.SPORT.ordinal()]).isPositive();
    assertThat(lex.weightsOf("ceasefire")[IptcMediaTopics.CONFLICT.ordinal()]).isPositive();
  }
}
