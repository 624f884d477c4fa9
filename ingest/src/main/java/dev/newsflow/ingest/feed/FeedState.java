package dev.newsflow.ingest.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What is remembered about one feed between polls and restarts: the validators for a conditional GET, the ids of
 * the items already published (bounded, oldest forgotten first), the last poll and its outcome, and counts.
 * Times are ISO-8601 strings in the JSON file. Mutable; guarded by the poller (one poll per feed at a time).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class FeedState {

  public String url;
  public String title;
  public String etag;
  public String lastModified;
  public String lastPoll;
  public String lastSuccess;
  /** {@code ok}, {@code not-modified} or {@code failed}. */
  public String status;
  public String lastError;
  public long polls;
  public long notModified;
  public long failures;
  public long itemsPublished;
  public long itemsFailed;
  /** Item keys already published, oldest first. */
  public List<String> seen = new ArrayList<>();

  private transient LinkedHashSet<String> seenSet;

  public FeedState() {}

  public FeedState(String url) {
    this.url = url;
  }

  public synchronized boolean hasSeen(String key) {
    return seenSet().contains(key);
  }

  /** Remembers an item, forgetting the oldest beyond {@code max}. */
  public synchronized void markSeen(String key, int max) {
    LinkedHashSet<String> set = seenSet();
    if (set.add(key)) {
      Iterator<String> oldest = set.iterator();
      while (set.size() > max && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
      seen = new ArrayList<>(set);
    }
  }

  private LinkedHashSet<String> seenSet() {
    if (seenSet == null) {
      seenSet = new LinkedHashSet<>(seen);
    }
    return seenSet;
  }

  /** A copy for readers (status listing) that do not share the poller's lock. */
  public synchronized FeedState copy() {
    FeedState c = new FeedState(url);
    c.title = title;
    c.etag = etag;
    c.lastModified = lastModified;
    c.lastPoll = lastPoll;
    c.lastSuccess = lastSuccess;
    c.status = status;
    c.lastError = lastError;
    c.polls = polls;
    c.notModified = notModified;
    c.failures = failures;
    c.itemsPublished = itemsPublished;
    c.itemsFailed = itemsFailed;
    c.seen = new ArrayList<>(seen);
    return c;
  }
}
