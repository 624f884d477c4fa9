package dev.newsflow.tagging.topics;

import java.util.List;

/** One training example: a title (may be empty), a text and one or more labels (IPTC codes, labels or own names). */
public record LabelledText(String title, String text, List<String> labels) {

  public LabelledText {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    labels = List.copyOf(labels);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a training example needs at least one label");
    }
  }
}
