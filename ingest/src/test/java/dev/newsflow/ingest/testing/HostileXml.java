package dev.newsflow.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Generates hostile mutations of real-shaped RSS feeds and sitemaps, and compression bombs, for the hostile-input
 * corpus. Everything is generated from code: no downloaded data.
 */
public final class HostileXml {

  private HostileXml() {}

  /** An RSS 2.0 feed of {@code items} items; {@code extra} goes into the first item's description element. */
  public static String rss(int items, String doctype, String extra) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(doctype)
        .append("<rss version=\"2.0\"><channel><title>Island Gazette</title><link>https://news.example/</link>")
        .append("<description>Local news</description><language>en</language>");
    for (int i = 0; i < items; i++) {
      s.append("<item><title>Ferry timetable ").append(i).append("</title><link>https://news.example/a/").append(i)
          .append("</link><guid>https://news.example/a/").append(i).append("</guid><pubDate>Tue, 25 Nov 2025")
          .append(" 10:00:00 GMT</pubDate><description>The harbour authority approved the timetable.")
          .append(i == 0 ? extra : "").append("</description></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  /** A sitemap of {@code urls} pages under {@code base}; {@code extra} goes inside the first url element. */
  public static String sitemap(String base, int urls, String doctype, String extra) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(doctype)
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < urls; i++) {
      s.append("<url><loc>").append(base).append("/a/").append(i).append("</loc><lastmod>2025-11-25</lastmod>")
          .append(i == 0 ? extra : "").append("</url>");
    }
    return s.append("</urlset>").toString();
  }

  /** Ten levels of ten-fold entity expansion: a few hundred bytes naming 10^9 "lol"s. */
  public static String billionLaughsDoctype(String root) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd.append("]>\n").toString();
  }

  /** An external entity reading a local file, and the reference that would pull it in. */
  public static String externalEntityDoctype(String root, String path) {
    return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file://" + path + "\">]>\n";
  }

  /** The XML cut in the middle of a tag near {@code fraction} of its length. */
  public static String truncated(String xml, double fraction) {
    int cut = xml.indexOf('<', (int) (xml.length() * fraction));
    return xml.substring(0, cut < 0 ? xml.length() / 2 : cut + 2);
  }

  /** {@code depth} nested elements, all closed. */
  public static String nested(String name, int depth) {
    return ("<" + name + ">").repeat(depth) + ("</" + name + ">").repeat(depth);
  }

  /** UTF-8 bytes with invalid sequences (a lone lead byte, 0xFF, an encoded surrogate) in the channel title. */
  public static byte[] invalidUtf8(String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    int at = xml.indexOf("Gazette"); // inside the channel title's text
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  /**
   * A gzip stream that inflates to {@code gibibytes} GiB of zeros from about 1 MB per GiB: 1024 gzip members of
   * 1 MiB each (one member compresses to about 1 KB; gzip readers read concatenated members as one stream).
   */
  public static byte[] gzipBomb(int gibibytes) throws IOException {
    byte[] member = gzip(new byte[1 << 20]);
    ByteArrayOutputStream out = new ByteArrayOutputStream(member.length * 1024 * gibibytes);
    for (int i = 0; i < 1024 * gibibytes; i++) {
      out.writeBytes(member);
    }
    return out.toByteArray();
  }

  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** zlib-wrapped deflate of {@code size} zeros (the "deflate" content coding). */
  public static byte[] deflateZeros(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
      byte[] chunk = new byte[1 << 20];
      for (int written = 0; written < size; written += chunk.length) {
        d.write(chunk, 0, Math.min(chunk.length, size - written));
      }
    }
    return out.toByteArray();
  }
}
