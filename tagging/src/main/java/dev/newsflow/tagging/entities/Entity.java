package dev.newsflow.tagging.entities;

import java.util.List;
import java.util.Objects;

/**
 * One entity of a document: its canonical name, type, knowledge-base id (or null), how often it is mentioned, its
 * salience (0..1) and the spans of its mentions in the text, sorted by offset. Immutable.
 */
public record Entity(String name, EntityType type, String kbId, int mentions, double salience, List<Span> spans) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    spans = List.copyOf(spans);
  }
}
