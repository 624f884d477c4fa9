package dev.newsflow.enrich.stories;

import dev.newsflow.schema.Story;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A {@link StoryIndex} in memory, for the offline mode and tests. "Most recently active" is the order of the last
 * {@link #put}: stories are put when an article joins them. Stories idle longer than the horizon, measured from the
 * latest article time seen, expire: they leave every key and {@link #story} no longer returns them. Article
 * assignments are kept (a syndicated copy of an old article still finds its story id).
 *
 * <p>Not thread-safe.
 */
public final class InMemoryStoryIndex implements StoryIndex {

  private record Entry(Story story, List<String> keys, long sequence) {}

  private record Expiry(long lastArticleAt, long sequence, String storyId) {}

  private final long horizonMillis;
  private final Map<String, Entry> stories = new HashMap<>();
  /** key → (put sequence → story id): the newest puts last. */
  private final Map<String, TreeMap<Long, String>> postings = new HashMap<>();
  private final Map<String, String> articles = new HashMap<>();
  private final PriorityQueue<Expiry> expiries =
      new PriorityQueue<>((a, b) -> Long.compare(a.lastArticleAt(), b.lastArticleAt()));
  private final TermStatistics terms;
  private long sequence;
  private long latestArticleAt = Long.MIN_VALUE;

  public InMemoryStoryIndex(Duration horizon) {
    this(horizon, new CountingTermStatistics());
  }

  public InMemoryStoryIndex(Duration horizon, TermStatistics terms) {
    this.horizonMillis = horizon.toMillis();
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  /** Stores the story's state and indexes it under {@code keys} only (its earlier keys are dropped). */
  public void put(Story story, List<String> keys) {
    remove(story.getId());
    long seq = ++sequence;
    stories.put(story.getId(), new Entry(story, List.copyOf(keys), seq));
    for (String key : keys) {
      postings.computeIfAbsent(key, k -> new TreeMap<>()).put(seq, story.getId());
    }
    long last = story.getLastArticleAt().toEpochMilli();
    expiries.add(new Expiry(last, seq, story.getId()));
    advance(last);
  }

  /** Records that the article belongs to the story. */
  public void assign(String articleId, String storyId) {
    articles.put(articleId, storyId);
  }

  /** Moves the clock to an article time and expires the stories idle longer than the horizon before it. */
  public void advance(long articleTime) {
    if (articleTime <= latestArticleAt) {
      return;
    }
    latestArticleAt = articleTime;
    while (!expiries.isEmpty() && expiries.peek().lastArticleAt() < latestArticleAt - horizonMillis) {
      Expiry expiry = expiries.poll();
      Entry entry = stories.get(expiry.storyId());
      if (entry != null && entry.sequence() == expiry.sequence()) {
        remove(expiry.storyId());
      }
    }
  }

  /** Live stories (merged ones included until they expire). */
  public int size() {
    return stories.size();
  }

  @Override
  public List<String> storiesUnder(String key, int limit) {
    TreeMap<Long, String> posting = postings.get(key);
    if (posting == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(Math.min(limit, posting.size()));
    for (String id : posting.descendingMap().values()) {
      if (ids.size() == limit) {
        break;
      }
      ids.add(id);
    }
    return ids;
  }

  @Override
  public Story story(String storyId) {
    Entry entry = stories.get(storyId);
    return entry == null ? null : entry.story();
  }

  @Override
  public String storyOfArticle(String articleId) {
    return articles.get(articleId);
  }

  @Override
  public TermStatistics terms() {
    return terms;
  }

  private void remove(String storyId) {
    Entry old = stories.remove(storyId);
    if (old == null) {
      return;
    }
    for (String key : old.keys()) {
      TreeMap<Long, String> posting = postings.get(key);
      if (posting != null) {
        posting.remove(old.sequence());
        if (posting.isEmpty()) {
          postings.remove(key);
        }
      }
    }
  }
}
