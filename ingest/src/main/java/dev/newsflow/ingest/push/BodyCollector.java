package dev.newsflow.ingest.push;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Collects a request body as its chunks arrive, without holding a thread while the client is slow: it reads what
 * is there and asks to be called again when more comes. Completes with the bytes, or with a {@link PushException}
 * (413) as soon as the body is over the limit, or with the failure Jetty reports (e.g. the client's idle timeout).
 *
 * <p>One per request; not thread-safe (Jetty calls it one demand at a time).
 */
final class BodyCollector implements Runnable {

  private final Content.Source source;
  private final long maxBytes;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();

  private BodyCollector(Content.Source source, long maxBytes) {
    this.source = source;
    this.maxBytes = maxBytes;
  }

  /** Starts reading; the future completes when the body is whole, over the limit, or failed. */
  static CompletableFuture<byte[]> collect(Content.Source source, long maxBytes) {
    BodyCollector collector = new BodyCollector(source, maxBytes);
    collector.run();
    return collector.result;
  }

  @Override
  public void run() {
    while (!result.isDone()) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        source.demand(this);
        return;
      }
      try {
        if (Content.Chunk.isFailure(chunk)) {
          result.completeExceptionally(chunk.getFailure());
          return;
        }
        ByteBuffer buffer = chunk.getByteBuffer();
        if (body.size() + (long) buffer.remaining() > maxBytes) {
          result.completeExceptionally(new PushException(413, "body is over the limit of " + maxBytes + " bytes"));
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        body.write(bytes, 0, bytes.length);
        if (chunk.isLast()) {
          result.complete(body.toByteArray());
        }
      } finally {
        chunk.release();
      }
    }
  }
}
