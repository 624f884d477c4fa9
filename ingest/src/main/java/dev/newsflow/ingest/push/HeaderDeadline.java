package dev.newsflow.ingest.push;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not delivered the headers of its next request within the deadline, counted from
 * when the connection opened or its previous request completed. The idle timeout alone would not do: a client
 * sending one header line every few seconds is never idle, and could hold its connection for hours.
 *
 * <p>Added to the connector as a bean (Jetty tells it of every connection), and told by the handler when a
 * request's headers are in. Thread-safe.
 */
final class HeaderDeadline implements Connection.Listener {

  private final Scheduler scheduler;
  private final Duration deadline;
  /** Per open connection: how many requests have started on it. */
  private final Map<Connection, AtomicLong> started = new ConcurrentHashMap<>();

  HeaderDeadline(Scheduler scheduler, Duration deadline) {
    this.scheduler = scheduler;
    this.deadline = deadline;
  }

  @Override
  public void onOpened(Connection connection) {
    started.put(connection, new AtomicLong());
    arm(connection);
  }

  @Override
  public void onClosed(Connection connection) {
    started.remove(connection);
  }

  /** A request's headers are in: it is not waited for any more; the clock restarts when it completes. */
  void requestStarted(Request request) {
    Connection connection = request.getConnectionMetaData().getConnection();
    AtomicLong count = started.get(connection);
    if (count != null) {
      count.incrementAndGet();
      Request.addCompletionListener(request, failure -> arm(connection));
    }
  }

  private void arm(Connection connection) {
    AtomicLong count = started.get(connection);
    if (count == null) {
      return;
    }
    long seen = count.get();
    scheduler.schedule(() -> {
      if (started.get(connection) == count && count.get() == seen) {
        connection.getEndPoint().close(); // no request started since: its headers are too slow
      }
    }, deadline);
  }
}
