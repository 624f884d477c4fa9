package dev.newsflow.bench;

import dev.newsflow.schema.EnrichedArticle;
import dev.newsflow.schema.Story;
import dev.newsflow.sink.store.ArticleStore;
import java.util.Collection;
import java.util.List;

/** A store that tells the tracker when each article's batch is durably written (the sink commits right after). */
final class TimedStore implements ArticleStore {

  private final ArticleStore store;
  private final LatencyTracker tracker;

  TimedStore(ArticleStore store, LatencyTracker tracker) {
    this.store = store;
    this.tracker = tracker;
  }

  @Override
  public void write(List<EnrichedArticle> batch) throws Exception {
    store.write(batch);
    for (EnrichedArticle article : batch) {
      tracker.arrived(LatencyTracker.Point.SINK, article.getId());
    }
  }

  @Override
  public void delete(Collection<String> ids) throws Exception {
    store.delete(ids);
  }

  @Override
  public void writeStories(List<Story> stories) throws Exception {
    store.writeStories(stories);
  }

  @Override
  public void deleteStories(Collection<String> ids) throws Exception {
    store.deleteStories(ids);
  }

  @Override
  public boolean isPermanent(Exception failure) {
    return store.isPermanent(failure);
  }

  @Override
  public String name() {
    return store.name();
  }

  @Override
  public void close() throws Exception {
    store.close();
  }
}
