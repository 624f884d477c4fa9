package dev.newsflow.enrich;

import dev.newsflow.schema.Entity;
import dev.newsflow.schema.EntityType;
import dev.newsflow.schema.Span;
import dev.newsflow.schema.Topic;
import dev.newsflow.tagging.topics.TopicScore;
import java.util.ArrayList;
import java.util.List;

/**
 * Between the tagging library's own types and the wire contract's Avro records. The library keeps its own types
 * so that it needs neither Kafka nor Avro; the names of the entity types are the same on both sides.
 */
public final class TaggingRecords {

  private TaggingRecords() {}

  public static List<Entity> toAvro(List<dev.newsflow.tagging.entities.Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (dev.newsflow.tagging.entities.Entity e : entities) {
      List<Span> spans = new ArrayList<>(e.spans().size());
      e.spans().forEach(s -> spans.add(new Span(s.start(), s.end())));
      out.add(Entity.newBuilder().setName(e.name()).setType(EntityType.valueOf(e.type().name()))
          .setKbId(e.kbId()).setMentions(e.mentions()).setSalience(e.salience()).setSpans(spans).build());
    }
    return out;
  }

  public static List<dev.newsflow.tagging.entities.Entity> fromAvro(List<Entity> entities) {
    List<dev.newsflow.tagging.entities.Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<dev.newsflow.tagging.entities.Span> spans = new ArrayList<>(e.getSpans().size());
      e.getSpans().forEach(s -> spans.add(new dev.newsflow.tagging.entities.Span(s.getStart(), s.getEnd())));
      out.add(new dev.newsflow.tagging.entities.Entity(e.getName(),
          dev.newsflow.tagging.entities.EntityType.valueOf(e.getType().name()), e.getKbId(), e.getMentions(),
          e.getSalience(), spans));
    }
    return out;
  }

  public static List<Topic> topicsToAvro(List<TopicScore> topics) {
    List<Topic> out = new ArrayList<>(topics.size());
    topics.forEach(t -> out.add(new Topic(t.code(), t.label(), t.score(), t.rank())));
    return out;
  }
}
