package dev.newsflow.tagging.nlp;

import java.util.List;

/** A sentence (or a line that stands alone, such as a headline or dateline) and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The token surface forms, the shape statistical taggers take. */
  public String[] words() {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return words;
  }
}
