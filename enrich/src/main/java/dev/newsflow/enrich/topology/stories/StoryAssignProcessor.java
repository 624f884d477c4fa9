package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.Stories;
import dev.newsflow.enrich.stories.StoryArticle;
import dev.newsflow.enrich.stories.StoryDecision;
import dev.newsflow.enrich.stories.StoryMatcher;
import dev.newsflow.enrich.stories.StorySettings;
import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.schemas.kafka.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Assigns each article to a story: looks up candidate stories under the article's keys in the global store of
 * live stories and this task's overlay, lets {@link StoryMatcher} decide (join, start, or join and merge), sets
 * {@code storyId} and emits the updates for the stories' owners. Its overlay holds the states this task computed
 * itself, so the next article of a burst sees the story its predecessor started before the story comes back
 * through the stories topic into the global store.
 *
 * <p>State: the overlay (a key-value store laid out as the global one, swept of stories idle longer than the
 * overlay retention by article time) and the task's term document frequencies. One instance per task, used by its
 * stream thread only.
 */
final class StoryAssignProcessor implements FixedKeyProcessor<String, EnrichedArticle, StoryAssignment> {

  /** Named for its stage, which dead-letter headers carry when it fails. */
  static final String NAME = Stage.STORIES.id();
  static final String OVERLAY_STORE = "stories-assign-overlay";
  static final String TERMS_STORE = "stories-assign-terms";
  /** How long the overlay keeps a story after its last article: far longer than the topic's round trip. */
  static final Duration OVERLAY_RETENTION = Duration.ofHours(6);
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  private final StoryMatcher matcher;
  private final StorySubjectSerde serde;
  private final String globalStore;
  private FixedKeyProcessorContext<String, StoryAssignment> context;
  private StoryStoreView overlay;
  private LayeredStoryIndex index;
  private long latestArticleTime;

  private StoryAssignProcessor(StorySettings settings, StorySubjectSerde serde, String globalStore) {
    this.matcher = new StoryMatcher(settings);
    this.serde = serde;
    this.globalStore = globalStore;
  }

  static FixedKeyProcessorSupplier<String, EnrichedArticle, StoryAssignment> supplier(StorySettings settings,
      StorySubjectSerde serde, String globalStore) {
    StoreBuilder<KeyValueStore<String, byte[]>> overlay = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(OVERLAY_STORE), Serdes.String(), Serdes.ByteArray());
    StoreBuilder<KeyValueStore<String, Long>> terms = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(TERMS_STORE), Serdes.String(), Serdes.Long());
    return new FixedKeyProcessorSupplier<>() {
      @Override
      public FixedKeyProcessor<String, EnrichedArticle, StoryAssignment> get() {
        return new StoryAssignProcessor(settings, serde, globalStore);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(overlay, terms);
      }
    };
  }

  @Override
  public void init(FixedKeyProcessorContext<String, StoryAssignment> context) {
    this.context = context;
    this.overlay = new StoryStoreView(context.getStateStore(OVERLAY_STORE), serde, matcher::keys);
    StoryStoreView global = new StoryStoreView(context.getStateStore(globalStore), serde, matcher::keys);
    KeyValueStore<String, Long> terms = context.getStateStore(TERMS_STORE);
    this.index = new LayeredStoryIndex(global, overlay, new StoredTermStatistics(terms));
    context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME,
        now -> overlay.sweep(latestArticleTime - OVERLAY_RETENTION.toMillis()));
  }

  @Override
  public void process(FixedKeyRecord<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    StoryArticle storyArticle = StoryArticle.of(article);
    latestArticleTime = Math.max(latestArticleTime, storyArticle.time());
    index.startArticle();
    StoryDecision decision = matcher.decide(storyArticle, index);
    index.terms().add(matcher.distinctTerms(storyArticle));
    long now = context.currentSystemTimeMs();
    String storyId = decision.storyId();
    Story contribution = Stories.of(storyId, storyArticle, now);
    List<KeyValue<String, Story>> updates = new ArrayList<>();
    updates.add(KeyValue.pair(storyId, contribution));
    Story known = index.story(storyId);
    Story survivor = known == null ? contribution : Stories.absorb(known, contribution, now);
    for (String mergedId : decision.mergedStoryIds()) {
      Story merged = index.story(mergedId);
      if (merged == null || mergedId.equals(storyId)) {
        continue;
      }
      Story marked = Stories.mergedInto(merged, storyId, now);
      updates.add(KeyValue.pair(mergedId, marked));
      updates.add(KeyValue.pair(storyId, merged));
      survivor = Stories.absorb(survivor, merged, now);
      overlay.put(marked);
    }
    overlay.put(survivor);
    overlay.putArticle(article.getId(), storyId);
    EnrichedArticle withStory = EnrichedArticle.newBuilder(article).setStoryId(storyId).build();
    context.forward(record.withValue(new StoryAssignment(withStory, List.copyOf(updates))));
  }
}
