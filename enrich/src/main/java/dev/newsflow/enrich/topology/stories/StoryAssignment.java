package dev.newsflow.enrich.topology.stories;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * What assigning one article produced: the article with its story id, and the updates for the stories' owners
 * (keyed by story id): the article's one-article contribution to its story and, for a merge, the merged story's
 * "merged into" mark and its state to fold into the survivor. The article is null when a second look at a new
 * story merged it into another (updates only). Lives between two processors only; never serialised.
 */
record StoryAssignment(EnrichedArticle article, List<KeyValue<String, Story>> updates) {}
