package dev.newsflow.tagging.entities;

import java.util.List;

/**
 * A tagged document: the merged mentions with offsets into the text (sorted by offset), the entity each mention
 * belongs to ({@code entityOfMention.get(i)} indexes {@code entities}), and the entities sorted by salience.
 */
public record TaggedText(List<Mention> mentions, List<Integer> entityOfMention, List<Entity> entities) {

  public TaggedText {
    mentions = List.copyOf(mentions);
    entityOfMention = List.copyOf(entityOfMention);
    entities = List.copyOf(entities);
    if (mentions.size() != entityOfMention.size()) {
      throw new IllegalArgumentException("one entity index per mention");
    }
  }

  /** The entity mention {@code i} belongs to. */
  public Entity entityOf(int i) {
    return entities.get(entityOfMention.get(i));
  }
}
