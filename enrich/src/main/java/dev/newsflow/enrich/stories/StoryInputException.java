package dev.newsflow.enrich.stories;

import java.io.IOException;

/** A line of offline story input that cannot be read; the message says which line and why, in one line. */
public final class StoryInputException extends IOException {

  public StoryInputException(String message) {
    super(message);
  }
}
