package dev.newsflow.ingest.file;

import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of one article file (HTML or plain text, optionally gzipped) into a {@link RawArticle}.
 * The id comes from the page's canonical URL when the HTML declares one, else from the content.
 *
 * <p>Thread-safe and reusable.
 */
public final class ArticleFileReader {

  /** Default size limit for one article: large pages are a few MB; beyond that it is not an article. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final long maxBytes;
  private final Clock clock;

  public ArticleFileReader(long maxBytes, Clock clock) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  public ArticleFileReader() {
    this(DEFAULT_MAX_BYTES, Clock.systemUTC());
  }

  /**
   * Reads one article.
   *
   * @param name the file name (its extension decides HTML vs text and gzip)
   * @param in the file's bytes; read up to the size limit, not closed
   * @param sourceId recorded on the article
   * @throws ArticleTooLargeException when the (decompressed) content exceeds the limit
   */
  public RawArticle read(String name, InputStream in, String sourceId) throws IOException {
    return read(name, in, sourceId, SourceType.FILE, null);
  }

  /**
   * Reads one article from any source of whole documents (files, stdin, a pushed page).
   *
   * @param name a name for messages; its extension decides HTML vs text and gzip
   * @param in the document's bytes; read up to the size limit, not closed
   * @param url the page's URL when the source knows it (it gives the id), else null: the page's declared
   *     canonical URL is used, else the content
   * @throws ArticleTooLargeException when the (decompressed) content exceeds the limit
   */
  public RawArticle read(String name, InputStream in, String sourceId, SourceType sourceType, String url)
      throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean gzipped = lower.endsWith(".gz");
    String inner = gzipped ? lower.substring(0, lower.length() - 3) : lower;
    byte[] bytes = readBounded(gzipped ? new GZIPInputStream(in) : in, name);
    ContentDecoder.Decoded decoded = ContentDecoder.decode(bytes);
    ContentType type = contentTypeOf(inner, decoded.text());

    Map<String, String> hints = new HashMap<>();
    if (sourceType == SourceType.FILE) {
      hints.put("file", name);
    }
    // Always recorded, so a wrongly decoded article can be traced to the charset it was read with.
    hints.put("charset", decoded.describe());
    String articleUrl = url != null ? url : type == ContentType.HTML ? declaredUrl(decoded.text()) : null;
    String id = articleUrl != null ? ArticleIds.forUrl(articleUrl) : ArticleIds.forContent(decoded.text());
    return RawArticle.newBuilder()
        .setId(id)
        .setSourceId(sourceId)
        .setSourceType(sourceType)
        .setUrl(articleUrl)
        .setContentType(type)
        .setContent(decoded.text())
        .setFetchedAt(Instant.now(clock))
        .setHints(hints)
        .build();
  }

  private byte[] readBounded(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxBytes) {
        // Stop reading at once: a gzip bomb must not be inflated to the end.
        throw new ArticleTooLargeException(name, maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static ContentType contentTypeOf(String name, String text) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return ContentType.HTML;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return ContentType.TEXT;
    }
    return sniffContentType(text);
  }

  /** HTML when the text starts like a page (doctype, {@code <html>}) or has a body tag early on, else TEXT. */
  public static ContentType sniffContentType(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        ? ContentType.HTML : ContentType.TEXT;
  }

  /** The URL a page declares for itself (canonical link, then og:url), if absolute; else null. */
  public static String declaredUrl(String html) {
    Document doc = Jsoup.parse(html);
    for (String query : new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]"}) {
      Element el = doc.selectFirst(query);
      if (el != null) {
        String value = el.hasAttr("href") ? el.attr("href") : el.attr("content");
        if (value.startsWith("http://") || value.startsWith("https://")) {
          return value.strip();
        }
      }
    }
    return null;
  }
}
