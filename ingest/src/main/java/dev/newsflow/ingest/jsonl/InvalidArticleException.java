package dev.newsflow.ingest.jsonl;

/** A JSON article that cannot be accepted; the message says what is wrong in words a client can act on. */
public final class InvalidArticleException extends Exception {

  private final boolean tooLarge;

  public InvalidArticleException(String message) {
    this(message, false);
  }

  /** @param tooLarge true when the only fault is the content's size (HTTP 413 rather than 400) */
  public InvalidArticleException(String message, boolean tooLarge) {
    super(message);
    this.tooLarge = tooLarge;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
