package dev.newsflow.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;

/** Turns {@link TestCluster#createTopics} arguments into topic specs; stateless and thread-safe. */
final class TopicSpecs {

  private TopicSpecs() {
  }

  /** One-replica topics (test clusters have one broker) with the given partitions. */
  static List<NewTopic> of(int partitions, String... names) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    Objects.requireNonNull(names, "names");
    List<NewTopic> topics = new ArrayList<>(names.length);
    for (String name : names) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("topic names must not be blank");
      }
      topics.add(new NewTopic(name, partitions, (short) 1));
    }
    return topics;
  }
}
