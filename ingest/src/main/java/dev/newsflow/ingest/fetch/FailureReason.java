package dev.newsflow.ingest.fetch;

import java.util.Locale;

/** Why a fetch failed; {@link #permanent} ones are never retried. The lower-case name is the metrics label. */
public enum FailureReason {
  BAD_URL(true),
  BLOCKED_ADDRESS(true),
  ROBOTS_DISALLOWED(true),
  NOT_FOUND(true),
  GONE(true),
  CLIENT_ERROR(true),
  CONTENT_TYPE(true),
  CONTENT_ENCODING(true),
  TOO_LARGE(true),
  TOO_MANY_REDIRECTS(true),
  RATE_LIMITED(false),
  SERVER_ERROR(false),
  TIMEOUT(false),
  CONNECTION(false),
  INTERRUPTED(false);

  private final boolean permanent;

  FailureReason(boolean permanent) {
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
