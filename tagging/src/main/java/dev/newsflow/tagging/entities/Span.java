package dev.newsflow.tagging.entities;

/** Character offsets of one mention in the text, end exclusive. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span " + start + ".." + end);
    }
  }
}
