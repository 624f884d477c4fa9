package dev.newsflow.tagging.topics;

import java.util.List;

/** Ranks IPTC Media Topics (top level) for one article; best first, rank 1 = best. Thread-safe. */
public interface TopicClassifier {

  List<TopicScore> classify(TopicInput input);
}
