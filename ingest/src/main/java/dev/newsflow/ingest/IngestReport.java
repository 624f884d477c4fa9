package dev.newsflow.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an ingest run did: the ids it published and every input it could not publish, with the reason.
 * Not thread-safe; one report per run.
 */
public final class IngestReport {

  /** One input that was not published. */
  public record Failure(String input, String reason) {}

  private final List<String> publishedIds = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  public void published(String id) {
    publishedIds.add(id);
  }

  public void failed(String input, String reason) {
    failures.add(new Failure(input, reason));
  }

  public List<String> publishedIds() {
    return Collections.unmodifiableList(publishedIds);
  }

  public List<Failure> failures() {
    return Collections.unmodifiableList(failures);
  }

  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  @Override
  public String toString() {
    return "published " + publishedIds.size() + ", failed " + failures.size();
  }
}
