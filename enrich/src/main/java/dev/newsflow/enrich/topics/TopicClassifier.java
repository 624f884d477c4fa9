package dev.newsflow.enrich.topics;

import dev.newsflow.schema.Topic;
import java.util.List;

/** Ranks IPTC Media Topics (top level) for one article; best first, rank 1 = best. Thread-safe. */
public interface TopicClassifier {

  List<Topic> classify(TopicInput input);
}
