package dev.newsflow.tagging.nlp;

/** One token of a text: its surface form and its character offsets into that text (end exclusive). */
public record Token(String text, int start, int end) {

  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
    }
  }
}
