package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.bulk.LoadSummary;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.service.IngestSource;
import dev.newsflow.ingest.service.SourceStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop directory: files that appear in it are ingested, then moved to {@code done/} when every article in them
 * was acknowledged by the broker, or to {@code failed/} with a {@code NAME.reason.txt} beside them. Because a file
 * leaves the directory only after its articles are acknowledged, nothing is lost; because it leaves it for good,
 * it is not read twice across restarts. (Killed between the broker's acknowledgement and the move, the file is
 * read again on restart; its articles keep their ids, so that is a harmless re-send.)
 *
 * <p>New files are noticed through the JDK {@link WatchService}, with a full rescan every {@code rescan} interval as
 * a fallback (network file systems deliver no events) and once at start for files dropped while it was down. A file
 * is taken only when complete: its size and modification time unchanged for {@code settle}, or it arrived by atomic
 * rename and then stood still that long. Hidden files and names ending in {@code .part}, {@code .tmp} or
 * {@code .crdownload} are left alone (write there, then rename).
 *
 * <p>Only files directly in the directory are taken (subdirectories are left alone). One worker thread; files are
 * loaded one at a time in name order. Thread-safe.
 */
public final class DropDirectory implements IngestSource {

  private static final Logger LOG = LoggerFactory.getLogger(DropDirectory.class);
  private static final int MAX_REASON_LINES = 1_000;

  private final Path dir;
  private final Path done;
  private final Path failed;
  private final DropFileLoader loader;
  private final ArticlePublisher publisher;
  private final Duration settle;
  private final Duration rescan;
  private final Map<Path, Observation> seen = new HashMap<>();
  private final AtomicLong filesDone = new AtomicLong();
  private final AtomicLong filesFailed = new AtomicLong();
  private final AtomicLong articlesPublished = new AtomicLong();
  private final AtomicLong articlesFailed = new AtomicLong();
  private volatile SourceStatus.State state = SourceStatus.State.NEW;
  private volatile boolean running;
  private WatchService watcher;
  private Thread worker;

  /** A file's size and modification time when first seen so, and since when. */
  private record Observation(long size, long modified, Instant since) {}

  public DropDirectory(Path dir, DropFileLoader loader, ArticlePublisher publisher, Duration settle, Duration rescan) {
    this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    this.done = this.dir.resolve("done");
    this.failed = this.dir.resolve("failed");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    if (settle.isNegative() || rescan.isNegative() || rescan.isZero()) {
      throw new IllegalArgumentException("settle must be >= 0 and rescan > 0");
    }
    this.settle = settle;
    this.rescan = rescan;
  }

  @Override
  public String name() {
    return "watch:" + dir;
  }

  @Override
  public synchronized void start() throws IOException {
    if (state != SourceStatus.State.NEW) {
      throw new IllegalStateException(name() + " was already started");
    }
    Files.createDirectories(done);
    Files.createDirectories(failed);
    watcher = FileSystems.getDefault().newWatchService();
    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    running = true;
    state = SourceStatus.State.RUNNING;
    worker = new Thread(this::run, "newsflow-watch-" + dir.getFileName());
    worker.start();
  }

  @Override
  public void stop() {
    Thread thread;
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
      thread = worker;
      try {
        watcher.close(); // wakes the worker; a file being loaded is finished first
      } catch (IOException e) {
        LOG.debug("closing the watch service: {}", e.toString());
      }
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (state == SourceStatus.State.RUNNING) {
      state = SourceStatus.State.STOPPED;
    }
  }

  @Override
  public SourceStatus status() {
    Map<String, Long> counts = Map.of("files.done", filesDone.get(), "files.failed", filesFailed.get(),
        "articles.published", articlesPublished.get(), "articles.failed", articlesFailed.get());
    return new SourceStatus(name(), state, counts, "watching " + dir);
  }

  private void run() {
    try {
      while (running) {
        boolean pending = scan();
        // Poll sooner while a file is waiting to settle; otherwise an event or the rescan wakes us.
        long waitMillis = pending ? Math.max(50, settle.toMillis() / 2) : rescan.toMillis();
        WatchKey key = watcher.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents(); // what changed does not matter: the scan looks at everything
          key.reset();
        }
      }
    } catch (ClosedWatchServiceException e) {
      // stop() closed it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException e) {
      LOG.error("{} stopped: {}", name(), e.toString(), e);
      state = SourceStatus.State.FAILED;
    }
  }

  /** Loads every file that is complete; true when some file is still settling. */
  private boolean scan() throws IOException {
    List<Path> candidates;
    try (Stream<Path> list = Files.list(dir)) {
      candidates = list.filter(Files::isRegularFile).filter(DropDirectory::isCandidate).sorted().toList();
    }
    seen.keySet().retainAll(candidates);
    boolean pending = false;
    Instant now = Instant.now();
    for (Path file : candidates) {
      if (!running) {
        return false;
      }
      Observation before = seen.get(file);
      Observation current;
      try {
        current = new Observation(Files.size(file), Files.getLastModifiedTime(file).toMillis(), now);
      } catch (IOException e) {
        continue; // moved away meanwhile
      }
      if (before == null || before.size() != current.size() || before.modified() != current.modified()) {
        seen.put(file, current);
        pending = true;
      } else if (Duration.between(before.since(), now).compareTo(settle) >= 0) {
        seen.remove(file);
        process(file);
      } else {
        pending = true;
      }
    }
    return pending;
  }

  static boolean isCandidate(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp")
        && !name.endsWith(".crdownload");
  }

  private void process(Path file) throws IOException {
    if (!DropFileLoader.accepts(file)) {
      fail(file, List.of("not a file type ingest reads (.jsonl .ndjson .json .warc .html .htm .xhtml .txt .text,"
          + " optionally .gz)"), null);
      return;
    }
    List<String> reasons = Collections.synchronizedList(new ArrayList<>());
    BulkLoad load = new BulkLoad(publisher, new BulkLoad.Listener() {
      @Override
      public void failed(String input, String reason) {
        if (reasons.size() < MAX_REASON_LINES) {
          reasons.add(input + ": " + reason);
        }
      }
    });
    loader.load(file, load);
    LoadSummary summary = load.finish();
    articlesPublished.addAndGet(summary.published());
    articlesFailed.addAndGet(summary.failed());
    if (summary.failed() == 0) {
      Path target = move(file, done);
      filesDone.incrementAndGet();
      LOG.info("{}: {} -> {}", file.getFileName(), summary, target);
    } else {
      fail(file, reasons, summary);
    }
  }

  private void fail(Path file, List<String> reasons, LoadSummary summary) throws IOException {
    Path target = move(file, failed);
    List<String> lines = new ArrayList<>();
    lines.add("file: " + file);
    lines.add("at: " + Instant.now());
    if (summary != null) {
      lines.add("result: " + summary + " (the published articles are in Kafka; re-dropping the fixed file is"
          + " harmless, ids are stable)");
    }
    synchronized (reasons) {
      lines.addAll(reasons);
    }
    Files.write(failed.resolve(target.getFileName() + ".reason.txt"), lines, StandardCharsets.UTF_8);
    filesFailed.incrementAndGet();
    LOG.warn("{}: failed, see {}.reason.txt", file.getFileName(), target);
  }

  /** Moves the file into {@code into}, adding {@code .1}, {@code .2}, ... when the name is taken. */
  private static Path move(Path file, Path into) throws IOException {
    String name = file.getFileName().toString();
    Path target = into.resolve(name);
    for (int i = 1; Files.exists(target); i++) {
      target = into.resolve(name + "." + i);
    }
    return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }
}
