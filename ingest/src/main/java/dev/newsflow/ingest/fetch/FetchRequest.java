package dev.newsflow.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One fetch: the URL, the validators of a previous answer for a conditional GET, what content is wanted and the
 * size limit.
 *
 * @param etag sent as If-None-Match, or null
 * @param lastModified sent as If-Modified-Since, or null
 * @param maxBytes body size limit (after decoding), or 0 for the fetcher's default
 */
public record FetchRequest(URI uri, String etag, String lastModified, Accept accept, long maxBytes) {

  /** What kind of document is expected; decides the Accept header and which content types pass. */
  public enum Accept {
    /** Article pages: HTML and XHTML only; other content types fail permanently. */
    HTML("text/html,application/xhtml+xml;q=0.9"),
    /** Feeds: any XML; the feed parser decides. */
    FEED("application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,"
        + "text/xml;q=0.8,*/*;q=0.1"),
    /** Sitemaps: XML, text or gzip; the sitemap parser decides. */
    SITEMAP("application/xml,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1");

    private final String header;

    Accept(String header) {
      this.header = header;
    }

    public String header() {
      return header;
    }

    /** True when a response of this media type (null when not sent) is worth reading. */
    public boolean accepts(String mediaType) {
      if (this != HTML || mediaType == null) {
        return true;
      }
      String m = mediaType.toLowerCase(Locale.ROOT);
      return m.equals("text/html") || m.equals("application/xhtml+xml");
    }
  }

  public FetchRequest {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(accept, "accept");
  }

  public static FetchRequest page(URI uri) {
    return new FetchRequest(uri, null, null, Accept.HTML, 0);
  }
}
