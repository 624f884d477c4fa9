package dev.newsflow.ingest.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a one-shot bulk load on stderr: articles, articles/s, bytes read, and the ETA when the total input
 * size is known. Printed by a daemon thread once a second (never more often); on a terminal the line is redrawn in
 * place, elsewhere (when forced with {@code --progress}) one line per report.
 *
 * <p>Thread-safe; {@link #close()} prints the last line.
 */
public final class ProgressMeter implements AutoCloseable {

  private static final ProgressMeter OFF = new ProgressMeter();

  private final String label;
  private final long totalBytes;
  private final LongSupplier count;
  private final LongSupplier bytes;
  private final PrintWriter out;
  private final boolean redraw;
  private final long startNanos;
  private final ScheduledExecutorService timer;
  private int lastWidth;

  private ProgressMeter() {
    label = null;
    totalBytes = -1;
    count = () -> 0;
    bytes = () -> 0;
    out = null;
    redraw = false;
    startNanos = 0;
    timer = null;
  }

  private ProgressMeter(String label, long totalBytes, LongSupplier count, LongSupplier bytes, PrintWriter out,
      boolean redraw) {
    this.label = label;
    this.totalBytes = totalBytes;
    this.count = count;
    this.bytes = bytes;
    this.out = out;
    this.redraw = redraw;
    this.startNanos = System.nanoTime();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsflow-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
  }

  /** A meter that prints nothing. */
  public static ProgressMeter off() {
    return OFF;
  }

  /**
   * Starts printing.
   *
   * @param totalBytes the input size when known (enables the ETA), else -1
   * @param count articles so far
   * @param bytes input bytes read so far
   * @param redraw true on a terminal: redraw one line with carriage returns
   */
  public static ProgressMeter start(String label, long totalBytes, LongSupplier count, LongSupplier bytes,
      PrintWriter out, boolean redraw) {
    return new ProgressMeter(label, totalBytes, count, bytes, out, redraw);
  }

  private synchronized void print() {
    String line = render(label, count.getAsLong(), bytes.getAsLong(), totalBytes,
        Duration.ofNanos(System.nanoTime() - startNanos));
    if (redraw) {
      out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** One line, e.g. {@code jsonl: 12,000 articles, 2,400/s, 60.0 of 240.0 MB (25%), 12.0 MB/s, ETA 0:00:15}. */
  static String render(String label, long count, long bytes, long totalBytes, Duration elapsed) {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %,d articles, %,.0f/s, ", label, count,
        count / seconds));
    double mb = bytes / 1e6;
    double mbPerSecond = mb / seconds;
    if (totalBytes > 0) {
      line.append(String.format(Locale.ROOT, "%.1f of %.1f MB (%d%%), %.1f MB/s", mb, totalBytes / 1e6,
          Math.min(100, bytes * 100 / totalBytes), mbPerSecond));
      if (bytes > 0 && bytes < totalBytes) {
        long eta = Math.round((totalBytes - bytes) / (bytes / seconds));
        line.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
      }
    } else {
      line.append(String.format(Locale.ROOT, "%.1f MB, %.1f MB/s", mb, mbPerSecond));
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    print();
    if (redraw) {
      out.println();
      out.flush();
    }
  }
}
