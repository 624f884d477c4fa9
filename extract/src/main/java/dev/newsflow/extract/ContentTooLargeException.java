package dev.newsflow.extract;

/**
 * A page over {@link CleanLimits#maxContentChars()}: refused, never truncated (a truncated page would give a wrong
 * article). Unchecked so it travels through the Streams stage to the processing-exception handler and the DLQ.
 */
public final class ContentTooLargeException extends RuntimeException {

  private final long chars;
  private final long limit;

  public ContentTooLargeException(long chars, long limit) {
    super("content of " + chars + " chars is over the clean stage limit of " + limit
        + " chars (CleanLimits.maxContentChars)");
    this.chars = chars;
    this.limit = limit;
  }

  public long chars() {
    return chars;
  }

  public long limit() {
    return limit;
  }
}
