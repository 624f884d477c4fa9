package dev.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes HTTP content codings (gzip, deflate) with a limit on the decoded size, so a compression bomb is cut off
 * after the limit instead of being inflated to the end. Brotli is never asked for (no well-kept pure-Java decoder
 * on Maven Central), so a {@code br} body is refused. Stateless.
 */
public final class ContentEncodings {

  private ContentEncodings() {}

  /**
   * Gunzips a whole gzip file (a {@code .xml.gz} sitemap), failing past {@code limit} decoded bytes.
   *
   * @throws IOException also when the data is not gzip or is truncated
   */
  public static byte[] gunzip(byte[] gzipped, long limit) throws IOException {
    return bounded(new GZIPInputStream(new ByteArrayInputStream(gzipped)), limit, false);
  }

  /** True when the bytes start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
  }

  /** @throws LimitedBodySubscriber.BodyTooLargeException when the decoded body exceeds the limit */
  static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
    return decode(body, contentEncoding, limit, false);
  }

  /** Like {@link #decode} but keeps the first {@code limit} bytes instead of failing (robots.txt). */
  static byte[] decodeTruncating(byte[] body, String contentEncoding, long limit) throws IOException {
    return decode(body, contentEncoding, limit, true);
  }

  private static byte[] decode(byte[] body, String contentEncoding, long limit, boolean truncate)
      throws IOException {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return body;
    }
    String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
    byte[] out = body;
    // Codings are listed in the order they were applied; undo them last first.
    for (int i = codings.length - 1; i >= 0; i--) {
      String coding = codings[i].strip();
      switch (coding) {
        case "identity", "" -> { }
        case "gzip", "x-gzip" -> out = bounded(new GZIPInputStream(new ByteArrayInputStream(out)), limit, truncate);
        case "deflate" -> out = inflate(out, limit, truncate);
        default -> throw new IOException("unsupported Content-Encoding '" + coding + "'");
      }
    }
    return out;
  }

  /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; accept both. */
  private static byte[] inflate(byte[] body, long limit, boolean truncate) throws IOException {
    try {
      return bounded(new InflaterInputStream(new ByteArrayInputStream(body)), limit, truncate);
    } catch (ZipException e) {
      return bounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), limit, truncate);
    }
  }

  private static byte[] bounded(InputStream in, long limit, boolean truncate) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (total + n > limit) {
          if (truncate) {
            out.write(buffer, 0, (int) (limit - total));
            return out.toByteArray();
          }
          throw new LimitedBodySubscriber.BodyTooLargeException(limit);
        }
        total += n;
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
