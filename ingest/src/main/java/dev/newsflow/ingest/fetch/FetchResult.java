package dev.newsflow.ingest.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;

/** What a fetch came to. Expected failures are values, not exceptions. */
public sealed interface FetchResult {

  /** The URL asked for (before redirects). */
  URI requested();

  /**
   * A 2xx answer with its body (already gzip/deflate-decoded, within the size limit).
   *
   * @param finalUri the URL after redirects
   * @param mediaType the Content-Type without parameters, lower-case, or null when the server sent none
   * @param charset the Content-Type's charset parameter, or null
   * @param etag the ETag to send as If-None-Match next time, or null
   * @param lastModified the Last-Modified to send as If-Modified-Since next time, or null
   * @param latency time on the network for the successful attempt (its redirects included; politeness waits,
   *     robots.txt and earlier attempts excluded)
   */
  record Fetched(URI requested, URI finalUri, int status, String mediaType, String charset, byte[] body,
      HttpHeaders headers, String etag, String lastModified, Instant fetchedAt, Duration latency, int attempts)
      implements FetchResult {}

  /** A 304: the resource has not changed since the ETag / Last-Modified that was sent. */
  record NotModified(URI requested, URI finalUri, Instant fetchedAt, Duration latency) implements FetchResult {}

  /**
   * A failure after all retries.
   *
   * @param status the last HTTP status, or 0 when there was none
   */
  record Failed(URI requested, FailureReason reason, String message, int status, int attempts)
      implements FetchResult {

    public boolean permanent() {
      return reason.permanent();
    }

    @Override
    public String toString() {
      return reason.label() + ": " + message;
    }
  }
}
