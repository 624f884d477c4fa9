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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
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
 * <p>A second look: two instances that get the first reports of a new event at the same moment each start a story,
 * neither seeing the other's yet. {@link #RECHECK_AFTER} after it started a story, when every instance's new
 * stories have reached the global store, the processor decides the story's first article again as if its own story
 * did not exist; if it now joins an earlier story, its story is merged into that one (the later of two always
 * merges into the earlier, so two instances never merge each other's). The founding articles wait in memory only:
 * after a restart in those seconds the check is skipped, and the next report that matches both merges them.
 *
 * <p>State: the overlay (a key-value store laid out as the global one, swept of stories not updated for the
 * overlay retention) and the task's term document frequencies. One instance per task, used by its
 * stream thread only.
 */
final class StoryAssignProcessor implements Processor<String, EnrichedArticle, String, StoryAssignment> {

  /** Named for its stage, which dead-letter headers carry when it fails. */
  static final String NAME = Stage.STORIES.id();
  static final String OVERLAY_STORE = "stories-assign-overlay";
  static final String TERMS_STORE = "stories-assign-terms";
  /** How long the overlay keeps a story after its last update: far longer than the topic's round trip. */
  static final Duration OVERLAY_RETENTION = Duration.ofHours(6);
  /** When a new story gets its second look: several commit intervals, so other instances' stories are in. */
  static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
  private static final int MAX_WAITING = 10_000;

  private final StoryMatcher matcher;
  private final StorySubjectSerde serde;
  private final String globalStore;
  /** Founding articles of the stories started here lately, oldest first, with the wall time they started. */
  private final Map<String, Founded> founded = new LinkedHashMap<>();
  private ProcessorContext<String, StoryAssignment> context;
  private StoryStoreView overlay;
  private StoredTermStatistics termStatistics;
  private LayeredStoryIndex index;

  private record Founded(StoryArticle article, long at) {}

  private StoryAssignProcessor(StorySettings settings, StorySubjectSerde serde, String globalStore) {
    this.matcher = new StoryMatcher(settings);
    this.serde = serde;
    this.globalStore = globalStore;
  }

  static ProcessorSupplier<String, EnrichedArticle, String, StoryAssignment> supplier(StorySettings settings,
      StorySubjectSerde serde, String globalStore) {
    // Neither store has a changelog: the overlay is a cache of states the stories topic also carries (an empty or
    // stale one after a restart or a move loses to the global store), and the term counts are a sample. A changelog
    // record per index entry and term, some hundred per article, cost more than the rest of the stage.
    StoreBuilder<KeyValueStore<String, byte[]>> overlay = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(OVERLAY_STORE), Serdes.String(), Serdes.ByteArray()).withLoggingDisabled();
    StoreBuilder<KeyValueStore<String, Long>> terms = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(TERMS_STORE), Serdes.String(), Serdes.Long()).withLoggingDisabled();
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, EnrichedArticle, String, StoryAssignment> get() {
        return new StoryAssignProcessor(settings, serde, globalStore);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(overlay, terms);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, StoryAssignment> context) {
    this.context = context;
    this.overlay = new StoryStoreView(context.getStateStore(OVERLAY_STORE), serde, matcher::keys);
    StoryStoreView global = new StoryStoreView(context.getStateStore(globalStore), serde, matcher::keys);
    KeyValueStore<String, Long> terms = context.getStateStore(TERMS_STORE);
    this.termStatistics = new StoredTermStatistics(terms);
    this.index = new LayeredStoryIndex(global, overlay, termStatistics);
    context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME,
        now -> overlay.sweep(now - OVERLAY_RETENTION.toMillis()));
    context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, now -> {
      termStatistics.flush();
      recheck(now);
    });
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    StoryArticle storyArticle = StoryArticle.of(article);
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
      survivor = merge(mergedId, storyId, survivor, updates, now);
    }
    overlay.put(survivor);
    overlay.putArticle(article.getId(), storyId);
    if (decision.created()) {
      remember(storyId, storyArticle, now);
    }
    // Set in place: the record is this processor's alone, and a builder would deep-copy all of the article's lists.
    article.setStoryId(storyId);
    context.forward(record.withValue(new StoryAssignment(article, List.copyOf(updates))));
  }

  @Override
  public void close() {
    if (termStatistics != null) { // null when init never ran
      termStatistics.flush();
    }
  }

  /** Adds the updates that merge {@code mergedId} into {@code survivorId}; returns the survivor's new state. */
  private Story merge(String mergedId, String survivorId, Story survivor, List<KeyValue<String, Story>> updates,
      long now) {
    Story merged = index.story(mergedId);
    if (merged == null || mergedId.equals(survivorId)) {
      return survivor;
    }
    Story marked = Stories.mergedInto(merged, survivorId, now);
    updates.add(KeyValue.pair(mergedId, marked));
    updates.add(KeyValue.pair(survivorId, merged));
    overlay.put(marked);
    return Stories.absorb(survivor, merged, now);
  }

  private void remember(String storyId, StoryArticle article, long now) {
    founded.put(storyId, new Founded(article, now));
    if (founded.size() > MAX_WAITING) {
      Iterator<String> eldest = founded.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  /** The second look at the stories started here at least {@link #RECHECK_AFTER} ago. */
  private void recheck(long now) {
    Iterator<Map.Entry<String, Founded>> it = founded.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Founded> entry = it.next();
      if (entry.getValue().at() > now - RECHECK_AFTER.toMillis()) {
        return;
      }
      it.remove();
      recheck(entry.getKey(), entry.getValue().article(), now);
    }
  }

  private void recheck(String storyId, StoryArticle first, long now) {
    index.startArticle();
    Story mine = index.story(storyId);
    if (mine == null || mine.getMergedInto() != null) {
      return;
    }
    StoryDecision again = matcher.decide(first, new WithoutStory(index, storyId, first.id()));
    Story earlier = again.created() ? null : index.story(again.storyId());
    if (earlier == null || earlier.getMergedInto() != null || Stories.SURVIVOR_ORDER.compare(earlier, mine) >= 0) {
      return;
    }
    List<KeyValue<String, Story>> updates = new ArrayList<>();
    Story survivor = merge(storyId, earlier.getId(), earlier, updates, now);
    overlay.put(survivor);
    context.forward(new Record<>(storyId, new StoryAssignment(null, List.copyOf(updates)), now));
  }
}
