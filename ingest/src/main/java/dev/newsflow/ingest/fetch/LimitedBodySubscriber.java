package dev.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit. Past the limit it cancels the stream at once (the rest is never
 * downloaded) and either fails with {@link BodyTooLargeException} or, when truncating, completes with what it has.
 */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {

  /** A body over the limit. */
  public static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
      super("the body is larger than the limit of " + limit + " bytes");
    }
  }

  private final long limit;
  private final boolean truncate;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;

  LimitedBodySubscriber(long limit, boolean truncate, long declaredLength) {
    this.limit = limit;
    this.truncate = truncate;
    if (declaredLength > limit && !truncate) {
      result.completeExceptionally(new BodyTooLargeException(limit));
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int room = (int) Math.min(Integer.MAX_VALUE, limit - buffer.size());
      int n = item.remaining();
      if (n > room) {
        if (truncate) {
          byte[] part = new byte[room];
          item.get(part);
          buffer.write(part, 0, room);
          result.complete(buffer.toByteArray());
        } else {
          result.completeExceptionally(new BodyTooLargeException(limit));
        }
        subscription.cancel();
        return;
      }
      byte[] bytes = new byte[n];
      item.get(bytes);
      buffer.write(bytes, 0, n);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }

  /** Stops the download (timeouts). */
  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
