package dev.newsflow.models.ner;

import java.util.List;

/**
 * One training sentence: its tokens, its entity spans (token indices, end exclusive) and whether it opens a
 * document (the model's document-level memory is cleared there).
 */
public record LabeledSentence(String source, List<String> tokens, List<Span> spans, boolean documentStart) {

  /** A labelled run of tokens; {@code label} is the corpus's own label until relabelled. */
  public record Span(int start, int end, String label) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
    }
  }

  public LabeledSentence {
    tokens = List.copyOf(tokens);
    spans = List.copyOf(spans);
    for (Span span : spans) {
      if (span.end() > tokens.size()) {
        throw new IllegalArgumentException("span " + span + " beyond " + tokens.size() + " tokens in " + source);
      }
    }
  }

  public LabeledSentence withSpans(List<Span> newSpans) {
    return new LabeledSentence(source, tokens, newSpans, documentStart);
  }
}
