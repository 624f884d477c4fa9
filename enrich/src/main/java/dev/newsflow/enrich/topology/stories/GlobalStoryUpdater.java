package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.StoryMatcher;
import dev.newsflow.schema.Story;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keeps the global store of stories, on every instance, from the stories topic: each story under its id, indexed
 * under its keys (so any task finds candidates by prefix scan, whatever partition the story's articles came from),
 * and its latest articles mapped to it. Restores go through it too (Kafka Streams replays the topic through a
 * global store's processor). Once per {@link #SWEEP_EVERY} (wall clock, checked as updates come) it drops stories
 * not updated for longer than the horizon and the entries pointing to them: a pass over the store, so rare; expiry
 * is by the day, so an hour late costs nothing. The matcher ignores stories past the horizon by article time anyway;
 * the sweep only bounds the store.
 */
final class GlobalStoryUpdater implements Processor<String, Story, Void, Void> {

  static final Duration SWEEP_EVERY = Duration.ofHours(1);

  private final String storeName;
  private final StoryMatcher matcher;
  private final StorySubjectSerde serde;
  private final Duration horizon;
  private StoryStoreView store;
  private ProcessorContext<Void, Void> context;
  private long lastSweep;

  GlobalStoryUpdater(String storeName, StoryMatcher matcher, StorySubjectSerde serde, Duration horizon) {
    this.storeName = storeName;
    this.matcher = matcher;
    this.serde = serde;
    this.horizon = horizon;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    this.store = new StoryStoreView(context.getStateStore(storeName), serde, matcher::keys);
    this.lastSweep = context.currentSystemTimeMs();
  }

  @Override
  public void process(Record<String, Story> record) {
    Story story = record.value();
    if (record.key() == null) {
      return;
    }
    if (story == null) {
      store.delete(record.key());
      return;
    }
    store.put(story);
    long now = context.currentSystemTimeMs();
    if (now - lastSweep >= SWEEP_EVERY.toMillis()) {
      lastSweep = now;
      store.sweep(now - horizon.toMillis());
    }
  }
}
