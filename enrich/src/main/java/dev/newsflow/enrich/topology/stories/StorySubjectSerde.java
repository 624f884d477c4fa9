package dev.newsflow.enrich.topology.stories;

import dev.newsflow.schema.Story;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes stories on internal topics and in state stores in the registry wire format, under the subject of the
 * stories topic whatever topic or store it is used for: the record's schema can evolve across a rolling upgrade as
 * on news.stories itself, and internal topics add no registry subjects (as the dedupe band topics do).
 *
 * <p>Thread-safe if the wrapped serde is (ours is, once configured).
 */
final class StorySubjectSerde implements Serde<Story> {

  private final Serde<Story> stories;
  private final String subjectTopic;

  /** @param subjectTopic the topic whose value subject stories are written under (news.stories) */
  StorySubjectSerde(Serde<Story> stories, String subjectTopic) {
    this.stories = stories;
    this.subjectTopic = subjectTopic;
  }

  byte[] toBytes(Story story) {
    return stories.serializer().serialize(subjectTopic, story);
  }

  Story fromBytes(byte[] bytes) {
    return bytes == null ? null : stories.deserializer().deserialize(subjectTopic, bytes);
  }

  @Override
  public Serializer<Story> serializer() {
    return (topic, story) -> story == null ? null : toBytes(story);
  }

  @Override
  public Deserializer<Story> deserializer() {
    return (topic, bytes) -> fromBytes(bytes);
  }
}
