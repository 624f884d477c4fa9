package dev.newsflow.tagging.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

  private final NewsTokenizer tokenizer = new NewsTokenizer();

  private List<String> words(String text) {
    return tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  private List<List<String>> sentences(String text) {
    return tokenizer.split(text).stream().map(s -> List.of(s.words())).toList();
  }

  @Test
  void abbreviationsKeepTheirPeriodAndDoNotEndTheSentence() {
    assertThat(words("Mr. Smith met U.S. officials on Jan. 5 in St. Louis."))
        .containsExactly("Mr.", "Smith", "met", "U.S.", "officials", "on", "Jan.", "5", "in", "St.", "Louis", ".");
    assertThat(sentences("Mr. Smith met U.S. officials.")).hasSize(1);
    assertThat(words("J. Smith and the U.N. talks")).containsExactly("J.", "Smith", "and", "the", "U.N.", "talks");
  }

  @Test
  void sentencesEndAtStopsBeforeACapitalAndAtEveryLineBreak() {
    assertThat(sentences("He left. She stayed.\nLONDON 1996-08-30\nRain fell"))
        .containsExactly(List.of("He", "left", "."), List.of("She", "stayed", "."), List.of("LONDON", "1996-08-30"),
            List.of("Rain", "fell"));
    assertThat(sentences("It rose 5 p.m. on Friday")).hasSize(1);
  }

  @Test
  void listNumbersAtLineStartAreOneTokenAndDoNotEndTheSentence() {
    List<List<String>> lines = sentences("Men\n1. Jesper Ronnback (Sweden) 25.76 points\n10. Troy Benson (U.S.) 22.56");
    assertThat(lines).containsExactly(List.of("Men"),
        List.of("1.", "Jesper", "Ronnback", "(", "Sweden", ")", "25.76", "points"),
        List.of("10.", "Troy", "Benson", "(", "U.S.", ")", "22.56"));
    // Not at line start: a number then a full stop.
    assertThat(words("He finished 3. Then")).containsExactly("He", "finished", "3", ".", "Then");
  }

  @Test
  void contractionsSplitThePennWay() {
    assertThat(words("I don't know, they can't go and we're sure it's Bob's."))
        .containsExactly("I", "do", "n't", "know", ",", "they", "ca", "n't", "go", "and", "we", "'re", "sure", "it",
            "'s", "Bob", "'s", ".");
    assertThat(words("DON'T")).containsExactly("DO", "N'T");
  }

  @Test
  void possessivesSplitButNamesWithApostrophesStayWhole() {
    assertThat(words("Germany's O'Brien and the players' union"))
        .containsExactly("Germany", "'s", "O'Brien", "and", "the", "players", "'", "union");
    assertThat(words("Russia\u2019s army")).containsExactly("Russia", "\u2019s", "army");
  }

  @Test
  void hyphenatedWordsStayOneTokenAsInConll() {
    assertThat(words("the New York-based Jean-Luc Brassard, a 22-year-old"))
        .containsExactly("the", "New", "York-based", "Jean-Luc", "Brassard", ",", "a", "22-year-old");
    assertThat(words("a hyphen - alone")).containsExactly("a", "hyphen", "-", "alone");
  }

  @Test
  void numbersDatesAndScoresStayWhole() {
    assertThat(words("Dated 1996-12-06, Ajax won 2-1 before 1,000 fans; the index fell 25.76 points (0.5%)."))
        .containsExactly("Dated", "1996-12-06", ",", "Ajax", "won", "2-1", "before", "1,000", "fans", ";", "the",
            "index", "fell", "25.76", "points", "(", "0.5", "%", ")", ".");
    assertThat(words("$1.5 billion")).containsExactly("$", "1.5", "billion");
  }

  @Test
  void quotesAndBracketsAreTokensOfTheirOwn() {
    assertThat(words("\"We will win,\" he said [sic] (Reuters) -"))
        .containsExactly("\"", "We", "will", "win", ",", "\"", "he", "said", "[", "sic", "]", "(", "Reuters", ")", "-");
    assertThat(words("\u201CPeace\u201D")).containsExactly("\u201C", "Peace", "\u201D");
  }

  @Test
  void numberAbbreviationsOnlyBeforeNumbers() {
    assertThat(words("He is No. 1 seed")).containsExactly("He", "is", "No.", "1", "seed");
    assertThat(sentences("She said no. Then she left.")).hasSize(2);
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "GENEVA (Reuters) - Talks don't stop.\n2. Next";
    for (Token token : tokenizer.tokenize(text)) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    Sentence first = tokenizer.split(text).get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("GENEVA (Reuters) - Talks don't stop.");
  }

  @Test
  void ellipsisIsOneToken() {
    assertThat(words("Wait... what")).containsExactly("Wait", "...", "what");
  }
}
