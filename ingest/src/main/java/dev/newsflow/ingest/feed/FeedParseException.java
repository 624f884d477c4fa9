package dev.newsflow.ingest.feed;

/** A feed document that cannot be read (not a feed, malformed, or refused such as a DOCTYPE). */
public final class FeedParseException extends Exception {

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
