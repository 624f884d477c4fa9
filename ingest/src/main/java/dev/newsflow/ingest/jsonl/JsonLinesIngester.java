package dev.newsflow.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;

/**
 * Bulk load of JSON Lines: one article object per line ({@link ArticleJson} lists the fields), gzipped or not.
 * Read a line at a time and parsed with Jackson, so memory is bounded by the longest line, not the file. A bad line
 * (not JSON, not UTF-8, not an object, a field of the wrong kind, too long) is reported with its line number as a
 * failure of the load and, when a rejects stream is given, copied there verbatim so it can be fixed and
 * reloaded; the lines after it are read as usual. Blank lines are ignored.
 *
 * <p>Not thread-safe; one per reading thread.
 */
public final class JsonLinesIngester {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ArticleJson articles;
  private final BulkLoad load;
  private final OutputStream rejects;
  private final int maxLineBytes;

  /**
   * @param rejects where bad lines are copied (one per line), or null
   * @param maxContentBytes the article size limit; lines may be twice that (JSON escapes) plus 1 MiB of fields
   */
  public JsonLinesIngester(ArticleJson articles, BulkLoad load, OutputStream rejects, long maxContentBytes) {
    this.articles = articles;
    this.load = load;
    this.rejects = rejects;
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, maxContentBytes * 2 + (1 << 20));
  }

  /** True for JSON Lines file names: {@code .jsonl}, {@code .ndjson}, {@code .json}, each optionally {@code .gz}. */
  public static boolean isJsonLines(String fileName) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  /**
   * Loads one stream.
   *
   * @param name the file name (a {@code .gz} name is gunzipped) or {@code -}; used in messages and as source id
   * @param in the stream, not closed
   */
  public void ingest(String name, InputStream in, String sourceId, SourceType sourceType) throws IOException {
    InputStream body = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 65536) : in;
    LineReader lines = new LineReader(body, maxLineBytes);
    LineReader.Line line;
    while ((line = lines.next()) != null) {
      String input = name + ":" + line.number();
      if (line.tooLong()) {
        reject(input, line, "line longer than " + maxLineBytes + " bytes");
        continue;
      }
      if (isBlank(line)) {
        continue;
      }
      try {
        JsonNode node = MAPPER.readTree(line.bytes(), 0, line.length());
        RawArticle article = articles.toArticle(node, sourceType, sourceId);
        load.publish(input, article);
      } catch (JsonProcessingException e) {
        reject(input, line, "not valid JSON: " + e.getOriginalMessage());
      } catch (InvalidArticleException e) {
        reject(input, line, e.getMessage());
      }
    }
  }

  private void reject(String input, LineReader.Line line, String reason) throws IOException {
    load.failed(input, reason);
    if (rejects != null && !line.tooLong()) {
      rejects.write(line.bytes(), 0, line.length());
      rejects.write('\n');
    }
  }

  private static boolean isBlank(LineReader.Line line) {
    for (int i = 0; i < line.length(); i++) {
      byte b = line.bytes()[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
