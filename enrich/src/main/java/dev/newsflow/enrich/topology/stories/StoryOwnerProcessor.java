package dev.newsflow.enrich.topology.stories;

import dev.newsflow.enrich.stories.Stories;
import dev.newsflow.schema.Story;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Owns the state of the stories whose ids hash to its partitions of the updates topic, so concurrent articles of one
 * story from many tasks are folded in one place and none is lost: it folds each update into the story and publishes
 * the new state on the stories topic. An update is one of three things:
 * <ul>
 *   <li>an article's contribution (a one-article story under the same id): folded in;</li>
 *   <li>the story's own "merged into" mark: the story keeps its data and names its survivor;</li>
 *   <li>another story's state (a merge into this one): folded in once; a merge two tasks decided at the same
 *       time is absorbed only once.</li>
 * </ul>
 * An article that joined a story in the moment it was merged is counted in the merged story (its record names the
 * survivor); the sinks' article tables resolve it through {@code mergedInto}.
 *
 * <p>State: story id → story (registry wire format), plus a marker per story absorbed. One instance per task.
 */
final class StoryOwnerProcessor implements Processor<String, Story, String, Story> {

  static final String NAME = "stories-owner";
  static final String STORE = "stories-owner-store";
  private static final String ABSORBED = "\u0000absorbed\u0000";

  private final StorySubjectSerde serde;
  private ProcessorContext<String, Story> context;
  private KeyValueStore<String, byte[]> store;

  private StoryOwnerProcessor(StorySubjectSerde serde) {
    this.serde = serde;
  }

  static ProcessorSupplier<String, Story, String, Story> supplier(StorySubjectSerde serde) {
    StoreBuilder<KeyValueStore<String, byte[]>> store = Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray());
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, Story, String, Story> get() {
        return new StoryOwnerProcessor(serde);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, Story> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, Story> record) {
    String storyId = record.key();
    Story update = record.value();
    if (storyId == null || update == null) {
      return;
    }
    Story current = serde.fromBytes(store.get(storyId));
    Story next = fold(storyId, current, update, context.currentSystemTimeMs());
    if (next == null) {
      return;
    }
    store.put(storyId, serde.toBytes(next));
    context.forward(record.withValue(next));
  }

  /** The story's next state, or null when the update changes nothing (a merge absorbed before). */
  private Story fold(String storyId, Story current, Story update, long now) {
    boolean own = storyId.equals(update.getId());
    if (own && update.getMergedInto() != null) {
      return current == null ? update : Stories.mergedInto(current, update.getMergedInto(), now);
    }
    if (!own) {
      String marker = ABSORBED + storyId + ABSORBED + update.getId();
      if (store.get(marker) != null) {
        return null;
      }
      store.put(marker, new byte[0]);
    }
    if (current == null) {
      return own ? update : Story.newBuilder(update).setId(storyId).setMergedInto(null).build();
    }
    return Stories.absorb(current, update, now);
  }
}
