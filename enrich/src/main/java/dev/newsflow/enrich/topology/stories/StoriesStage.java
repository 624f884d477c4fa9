package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.limits.RecordLimits;
import dev.newsflow.enrich.limits.RecordSizeGuard;
import dev.newsflow.enrich.stories.StoryMatcher;
import dev.newsflow.enrich.stories.StorySettings;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.Topic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Wires the stories stage (the matching and folding logic is in {@code dev.newsflow.enrich.stories}):
 *
 * <pre>
 * topics ─► stories-assign ─┬─ stories-articles (storyId set) ─► key-by-id ─► news.enriched
 *            (reads ▲)      └─ stories-updates ─► [stories-by-id] (repartition by story id)
 *                   │                                 ─► stories-owner ─► stories-sink ─► news.stories
 *   stories-global (global store, every instance) ◄─ stories-global-source ◄─ news.stories
 * </pre>
 *
 * See docs/architecture.md, "Stories", for the design and its costs.
 */
public final class StoriesStage {

  public static final String GLOBAL_STORE = "stories-global";
  public static final String ASSIGN = StoryAssignProcessor.NAME;
  public static final String OWNER = StoryOwnerProcessor.NAME;
  static final String UPDATES_TOPIC = "stories-by-id";

  private StoriesStage() {}

  /**
   * The tagged articles with their story ids; registers the global store of {@code storiesTopic} with
   * {@code builder} and publishes story states there, none over {@code limits}.
   */
  public static KStream<String, EnrichedArticle> apply(StreamsBuilder builder, KStream<String, EnrichedArticle> tagged,
      StorySettings settings, Topic<String, Story> storiesTopic, RecordLimits limits) {
    StorySubjectSerde serde = new StorySubjectSerde(storiesTopic.valueSerde(), storiesTopic.name());
    StoryMatcher matcher = new StoryMatcher(settings);
    builder.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(GLOBAL_STORE), Serdes.String(), Serdes.ByteArray())
            .withLoggingDisabled(),
        storiesTopic.name(),
        Consumed.with(storiesTopic.keySerde(), storiesTopic.valueSerde()).withName("stories-global-source"),
        () -> new GlobalStoryUpdater(GLOBAL_STORE, matcher, serde, settings.horizon()));
    KStream<String, StoryAssignment> assigned = tagged.process(
        StoryAssignProcessor.supplier(settings, serde, GLOBAL_STORE), Named.as(ASSIGN));
    assigned
        .flatMap((id, assignment) -> assignment.updates(), Named.as("stories-updates"))
        .repartition(Repartitioned.<String, Story>as(UPDATES_TOPIC)
            .withKeySerde(Serdes.String()).withValueSerde(RecordSizeGuard.guard(serde, limits)))
        .process(StoryOwnerProcessor.supplier(serde), Named.as(OWNER))
        .to(storiesTopic.name(), Produced.with(storiesTopic.keySerde(),
            RecordSizeGuard.guard(storiesTopic.valueSerde(), limits)).withName("stories-sink"));
    // A second look that merges two stories forwards updates only, no article.
    return assigned.filter((id, assignment) -> assignment.article() != null, Named.as("stories-with-article"))
        .mapValues(StoryAssignment::article, Named.as("stories-articles"));
  }
}
