package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.file.FileIngester;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.jsonl.JsonLinesIngester;
import dev.newsflow.ingest.warc.WarcIngester;
import dev.newsflow.schema.SourceType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Loads one dropped file with the reader its name calls for: JSON Lines ({@code .jsonl .ndjson .json}), WARC
 * ({@code .warc}), or an article file ({@code .html .htm .xhtml .txt .text}); each optionally {@code .gz}.
 *
 * <p>Thread-safe (its readers are).
 */
public final class DropFileLoader {

  private final ArticleFileReader articles;
  private final ArticleJson json;
  private final long maxContentBytes;

  public DropFileLoader(ArticleFileReader articles, ArticleJson json, long maxContentBytes) {
    this.articles = articles;
    this.json = json;
    this.maxContentBytes = maxContentBytes;
  }

  /** True when some reader takes files of this name. */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString();
    return JsonLinesIngester.isJsonLines(name) || WarcIngester.isWarc(name) || FileIngester.isArticleFile(file);
  }

  /** Sends the file's articles through {@code load}; reading errors are counted there as failures. */
  public void load(Path file, BulkLoad load) {
    String name = file.getFileName().toString();
    try {
      if (JsonLinesIngester.isJsonLines(name)) {
        try (InputStream in = Files.newInputStream(file)) {
          new JsonLinesIngester(json, load, null, maxContentBytes).ingest(name, in, "file:" + file, SourceType.FILE);
        }
      } else if (WarcIngester.isWarc(name)) {
        try (InputStream in = Files.newInputStream(file)) {
          new WarcIngester(load, maxContentBytes).ingest(name, in);
        }
      } else {
        FileIngester.load(articles, List.of(file), load, new LongAdder());
      }
    } catch (IOException | RuntimeException e) {
      load.failed(file.toString(), "cannot read: " + e.getMessage());
    }
  }
}
