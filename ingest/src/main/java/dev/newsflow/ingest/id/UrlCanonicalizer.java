package dev.newsflow.ingest.id;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of an article URL, so that the same article reached through different links gets the same id:
 * lower-case scheme and host, default port dropped, fragment dropped, tracking parameters removed, empty path
 * turned into "/". Stateless and thread-safe.
 */
public final class UrlCanonicalizer {

  /** Query parameters that track campaigns and clicks; they never select different content. */
  private static final Set<String> TRACKING_PARAMS = Set.of(
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ocid", "cmpid",
      "ref_src", "smid", "smtyp");

  private UrlCanonicalizer() {}

  /**
   * Canonicalises an absolute http(s) URL.
   *
   * @throws IllegalArgumentException if the URL cannot be parsed or is not absolute
   */
  public static String canonicalize(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + url, e);
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("not an absolute URL: " + url);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = stripTracking(uri.getRawQuery());

    StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://").append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String stripTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING_PARAMS.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
