package dev.newsflow.ingest.push;

/** A request the endpoint answers with an error status and a JSON message. */
final class PushException extends Exception {

  private final int status;
  private final Integer index;

  PushException(int status, String message) {
    this(status, message, null);
  }

  /** @param index the position of the faulty article in a JSON array, or null */
  PushException(int status, String message, Integer index) {
    super(message);
    this.status = status;
    this.index = index;
  }

  int status() {
    return status;
  }

  Integer index() {
    return index;
  }
}
