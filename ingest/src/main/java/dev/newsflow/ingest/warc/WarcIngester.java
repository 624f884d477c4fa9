package dev.newsflow.ingest.warc;

import dev.newsflow.ingest.bulk.BulkLoad;
import dev.newsflow.ingest.file.ContentDecoder;
import dev.newsflow.ingest.id.ArticleIds;
import dev.newsflow.schema.ContentType;
import dev.newsflow.schema.RawArticle;
import dev.newsflow.schema.SourceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Publishes the HTML pages of a WARC file (the format of web archives and of Common Crawl's news crawl), gzipped
 * per record or not: each {@code response} record whose HTTP status is 200 and whose payload is HTML becomes an
 * article with its original URL ({@code WARC-Target-URI}, which gives the id) and fetch date ({@code WARC-Date}).
 * Everything else is skipped and counted by reason: other record types, other statuses, other content types, and
 * pages over the size limit (a failure, since that page is lost). Records are streamed by jwarc one at a time, so a
 * multi-GB file needs constant memory.
 *
 * <p>Not thread-safe; one per reading thread.
 */
public final class WarcIngester {

  private final BulkLoad load;
  private final long maxContentBytes;

  public WarcIngester(BulkLoad load, long maxContentBytes) {
    this.load = load;
    this.maxContentBytes = maxContentBytes;
  }

  /** True for {@code .warc} and {@code .warc.gz} names. */
  public static boolean isWarc(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /**
   * Reads every record of one WARC stream (compression detected from the bytes).
   *
   * @param name for messages and the source id
   * @param in the stream; not closed
   */
  public void ingest(String name, InputStream in) throws IOException {
    WarcReader reader = new WarcReader(in);
    reader.onWarning(message -> load.skipped(name + ": " + message, "warc warning"));
    Optional<WarcRecord> next;
    while ((next = reader.next()).isPresent()) {
      WarcRecord record = next.get();
      String input = name + "@" + reader.position();
      if (!(record instanceof WarcResponse response)) {
        load.skipped(input, "record type " + record.type());
        continue;
      }
      publishResponse(name, input, response);
    }
  }

  private void publishResponse(String name, String input, WarcResponse response) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      load.skipped(input, "not an HTTP response");
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      load.failed(input + " " + response.target(), "unreadable HTTP response: " + e.getMessage());
      return;
    }
    if (http.status() != 200) {
      load.skipped(input, "status " + http.status());
      return;
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      load.skipped(input, "content type " + (base.isEmpty() ? "missing" : base));
      return;
    }
    byte[] body = readBounded(http.bodyDecoded().stream());
    if (body == null) {
      load.failed(input + " " + response.target(), "page larger than " + maxContentBytes + " bytes");
      return;
    }
    String url = response.target();
    String id;
    try {
      id = ArticleIds.forUrl(url);
    } catch (RuntimeException e) {
      load.failed(input + " " + url, "unusable WARC-Target-URI: " + e.getMessage());
      return;
    }
    Map<String, String> hints = new HashMap<>();
    hints.put("warc", name);
    if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      // crawlers cut long bodies (Common Crawl at 1 MiB); the start of a page usually holds the article
      hints.put("warcTruncated", response.truncated().name().toLowerCase(Locale.ROOT));
    }
    String text = decode(body, type.parameters().get("charset"), hints);
    RawArticle article = RawArticle.newBuilder()
        .setId(id)
        .setSourceId("warc:" + name)
        .setSourceType(SourceType.WARC)
        .setUrl(url)
        .setContentType(ContentType.HTML)
        .setContent(text)
        .setFetchedAt(response.date())
        .setHints(hints)
        .build();
    load.publish(input + " " + url, article);
  }

  /** The body, or null when it exceeds the limit (read no further than that). */
  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxContentBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The charset of the HTTP header when the bytes decode in it, else the file reader's rules (BOM, UTF-8, meta). */
  private static String decode(byte[] body, String headerCharset, Map<String, String> hints) {
    if (headerCharset != null) {
      try {
        Charset charset = Charset.forName(headerCharset.strip());
        String text = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body))
            .toString();
        hints.put("charset", charset.name() + " (HTTP header)");
        return text;
      } catch (IllegalArgumentException | CharacterCodingException e) {
        // an unknown or wrong header charset: fall through to the content's own evidence
      }
    }
    ContentDecoder.Decoded decoded = ContentDecoder.decode(body);
    hints.put("charset", decoded.describe());
    return decoded.text();
  }
}
