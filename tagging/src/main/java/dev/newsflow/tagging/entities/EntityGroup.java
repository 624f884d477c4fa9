package dev.newsflow.tagging.entities;

import dev.newsflow.tagging.entities.kb.KbEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of mentions that becomes one entity: its type, the entry it links to (or null), its surface forms with
 * their counts, and (filled in by {@link Salience}) its spans in the text and mention count. A group that joined
 * another points at it. Mutable, used by one resolution only.
 */
final class EntityGroup {

  final EntityType type;
  final KbEntry entry;
  final Map<String, Integer> surfaces = new LinkedHashMap<>();
  final List<Span> spans = new ArrayList<>();
  int count;
  EntityGroup parent;

  EntityGroup(EntityType type, KbEntry entry) {
    this.type = type;
    this.entry = entry;
  }

  /** The group this one joined, through any chain of joins; itself when it joined none. */
  EntityGroup root() {
    EntityGroup g = this;
    while (g.parent != null) {
      g = g.parent;
    }
    return g;
  }

  /** The entry's name, else the surface with the most words (then the most mentions). */
  String name() {
    if (entry != null) {
      return entry.name();
    }
    return surfaces.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> wordCount(e.getKey()))
            .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElse("");
  }

  static int wordCount(String s) {
    return s.isEmpty() ? 0 : s.split(" ").length;
  }
}
