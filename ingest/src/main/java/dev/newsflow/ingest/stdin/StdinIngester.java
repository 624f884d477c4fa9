package dev.newsflow.ingest.stdin;

import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.file.ArticleFileReader;
import dev.newsflow.ingest.jsonl.ArticleJson;
import dev.newsflow.ingest.jsonl.JsonLinesIngester;
import dev.newsflow.schema.SourceType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Standard input: JSON Lines of articles, or one HTML (or text) document, told apart by the first character that
 * is not white space ({@code {} starts JSON Lines); gzipped input is recognised by its magic bytes. The document's
 * URL comes from {@code --url}, else from its canonical link, else its id comes from its content.
 *
 * <p>Not thread-safe; one per run.
 */
public final class StdinIngester {

  /** What the input is. */
  public enum Kind { JSON_LINES, DOCUMENT }

  /** How far to look for the first non-blank character. */
  private static final int PEEK_BYTES = 64 * 1024;

  private final ArticleFileReader documents;
  private final JsonLinesIngester lines;
  private final BulkLoad load;

  public StdinIngester(ArticleFileReader documents, ArticleJson json, BulkLoad load, java.io.OutputStream rejects,
      long maxContentBytes) {
    this.documents = documents;
    this.lines = new JsonLinesIngester(json, load, rejects, maxContentBytes);
    this.load = load;
  }

  /**
   * Reads all of {@code in}.
   *
   * @param url the document's URL (ignored for JSON Lines, whose lines carry their own), or null
   * @return what the input was taken for
   */
  public Kind ingest(InputStream in, String url) throws IOException {
    BufferedInputStream input = gunzipped(in);
    Kind kind = detect(input);
    if (kind == Kind.JSON_LINES) {
      lines.ingest("stdin", input, "stdin", SourceType.STDIN);
    } else {
      try {
        load.publish("stdin", documents.read("stdin", input, "stdin", SourceType.STDIN, url));
      } catch (IOException | IllegalArgumentException e) {
        load.failed("stdin", e.getMessage());
      }
    }
    return kind;
  }

  /** The stream, gunzipped when it starts with the gzip magic bytes, buffered so it can be peeked at. */
  static BufferedInputStream gunzipped(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, PEEK_BYTES);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(buffered, 65536), PEEK_BYTES);
    }
    return buffered;
  }

  /** JSON Lines when the first non-blank character (after a BOM) is <code>{</code>; leaves the stream unread. */
  public static Kind detect(BufferedInputStream in) throws IOException {
    in.mark(PEEK_BYTES);
    try {
      for (int i = 0; i < PEEK_BYTES; i++) {
        int b = in.read();
        if (b == -1) {
          return Kind.DOCUMENT;
        }
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
          continue; // white space, or a UTF-8 byte-order mark
        }
        return b == '{' ? Kind.JSON_LINES : Kind.DOCUMENT;
      }
      return Kind.DOCUMENT;
    } finally {
      in.reset();
    }
  }
}
