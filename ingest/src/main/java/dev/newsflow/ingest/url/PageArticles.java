package dev.newsflow.ingest.url;

import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.file.ContentDecoder;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a fetched page into a {@link RawArticle}: the id from the final URL (after redirects), so fetching the
 * same page again yields the same id; the body decoded by the charset of the Content-Type header when the bytes
 * are valid in it, else by {@link ContentDecoder} (BOM, UTF-8, the page's meta charset, windows-1252).
 * Stateless and thread-safe.
 */
public final class PageArticles {

  private PageArticles() {}

  /**
   * @param title a title hint from the source (feed item, news sitemap), or null
   * @param publishedAt a publish time hint, or null
   * @param extraHints hints from the source, added to those of the fetch
   */
  public static RawArticle toArticle(FetchResult.Fetched page, SourceType sourceType, String sourceId,
      String title, Instant publishedAt, Map<String, String> extraHints) {
    String url = page.finalUri().toString();
    Decoded text = decode(page.body(), page.charset());
    Map<String, String> hints = new HashMap<>(extraHints);
    hints.put("charset", text.describe());
    hints.put("http.status", Integer.toString(page.status()));
    if (!page.requested().equals(page.finalUri())) {
      hints.put("requestedUrl", page.requested().toString());
    }
    putIfPresent(hints, "http.contentType", page.headers().firstValue("Content-Type").orElse(null));
    putIfPresent(hints, "http.lastModified", page.lastModified());
    putIfPresent(hints, "http.etag", page.etag());
    putIfPresent(hints, "language", page.headers().firstValue("Content-Language").orElse(null));
    return RawArticle.newBuilder()
        .setId(ArticleIds.forUrl(url))
        .setSourceId(sourceId)
        .setSourceType(sourceType)
        .setUrl(url)
        .setContentType(ContentType.HTML)
        .setContent(text.text())
        .setTitle(title)
        .setPublishedAt(publishedAt)
        .setFetchedAt(page.fetchedAt())
        .setHints(hints)
        .build();
  }

  private record Decoded(String text, String describe) {}

  /** The header's charset wins when the bytes are valid in it (and carry no BOM); otherwise the file rules. */
  static Decoded decode(byte[] body, String headerCharset) {
    if (headerCharset != null && !hasBom(body)) {
      try {
        Charset charset = Charset.forName(headerCharset);
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        return new Decoded(text, charset.name() + " (HTTP header)");
      } catch (IllegalArgumentException | CharacterCodingException e) {
        // unknown label or bytes not valid in it: fall through to the page's own declaration and sniffing
      }
    }
    ContentDecoder.Decoded decoded = ContentDecoder.decode(body);
    return new Decoded(decoded.text(), decoded.describe());
  }

  private static boolean hasBom(byte[] b) {
    return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
        || (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)));
  }

  private static void putIfPresent(Map<String, String> hints, String key, String value) {
    if (value != null && !value.isBlank()) {
      hints.put(key, value);
    }
  }
}
