package dev.newsflow.ingest.file;

import java.io.IOException;

/** An article over the configured size limit; it is refused, never truncated. */
public final class ArticleTooLargeException extends IOException {

  public ArticleTooLargeException(String name, long maxBytes) {
    super(name + " is larger than the limit of " + maxBytes + " bytes (raise --max-content-bytes to accept it)");
  }
}
