package dev.newsflow.ingest.file;

import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.progress.CountingInputStream;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes article files: each path is a file or a directory walked recursively (hidden files skipped).
 * Every file ends up either published (acknowledged by the broker) or in the report's failures with a reason.
 *
 * <p>Not thread-safe; create one per run.
 */
public final class FileIngester {

  private static final Logger LOG = LoggerFactory.getLogger(FileIngester.class);
  private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".txt", ".text");

  private final ArticleFileReader reader;
  private final ArticlePublisher publisher;

  public FileIngester(ArticleFileReader reader, ArticlePublisher publisher) {
    this.reader = reader;
    this.publisher = publisher;
  }

  public IngestReport ingest(List<Path> paths) {
    IngestReport report = new IngestReport();
    List<Pending> pending = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        report.failed(path.toString(), "no such file or directory");
        continue;
      }
      for (Path file : articleFiles(path)) {
        read(file, report).ifPresent(
            article -> pending.add(new Pending(file, article.getId(), publisher.publish(article))));
      }
    }
    publisher.flush();
    for (Pending p : pending) {
      await(p, report);
    }
    return report;
  }

  /**
   * The same walk as {@link #ingest} for long loads, with the given reader: sends go through {@code load}
   * (bounded memory, counted when acknowledged) and the bytes of every file read are added to {@code bytesRead}
   * for progress output. Call {@link BulkLoad#finish()} afterwards.
   */
  public static void load(ArticleFileReader reader, List<Path> paths, BulkLoad load, LongAdder bytesRead) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        load.failed(path.toString(), "no such file or directory");
        continue;
      }
      for (Path file : articleFiles(path)) {
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytesRead)) {
          load.publish(file.toString(),
              reader.read(file.getFileName().toString(), in, "file:" + file.toAbsolutePath()));
        } catch (IOException | RuntimeException e) {
          LOG.warn("cannot read {}: {}", file, e.getMessage());
          load.failed(file.toString(), e.getMessage());
        }
      }
    }
  }

  /** The total size of the article files under the paths, for an ETA. */
  public static long totalBytes(List<Path> paths) {
    long total = 0;
    for (Path path : paths) {
      if (Files.exists(path)) {
        for (Path file : articleFiles(path)) {
          try {
            total += Files.size(file);
          } catch (IOException e) {
            // the load will report it
          }
        }
      }
    }
    return total;
  }

  private Optional<RawArticle> read(Path file, IngestReport report) {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(reader.read(file.getFileName().toString(), in, "file:" + file.toAbsolutePath()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read {}: {}", file, e.getMessage());
      report.failed(file.toString(), e.getMessage());
      return Optional.empty();
    }
  }

  private static void await(Pending p, IngestReport report) {
    try {
      p.result().get();
      report.published(p.id());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report.failed(p.file().toString(), "interrupted");
    } catch (ExecutionException e) {
      LOG.warn("cannot publish {}: {}", p.file(), e.getCause().toString());
      report.failed(p.file().toString(), e.getCause().toString());
    }
  }

  /**
   * The article files under a path: the file itself, or the article files of a directory walked recursively
   * (hidden files skipped, {@code .html .htm .xhtml .txt .text}, each optionally {@code .gz}), sorted.
   */
  public static List<Path> articleFiles(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(FileIngester::isArticleFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** True for the names this reader takes: {@code .html .htm .xhtml .txt .text}, each optionally {@code .gz}. */
  public static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return EXTENSIONS.stream().anyMatch(inner::endsWith);
  }

  /** A send in flight, awaited after all files are read so sends are batched. */
  private record Pending(Path file, String id, CompletableFuture<?> result) {}
}
