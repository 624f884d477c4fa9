package dev.newsflow.tagging.topics;

import dev.newsflow.tagging.entities.Entity;
import java.util.List;

/** What the topic classifier may look at: the clean text and title, the entities, and the page's own hints. */
public record TopicInput(String title, String text, String section, String url, List<Entity> entities) {

  public TopicInput {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  public static TopicInput ofText(String title, String text) {
    return new TopicInput(title, text, null, null, List.of());
  }
}
