package dev.newsflow.ingest.fetch;

import java.util.Locale;

/** Reads a Content-Type header: the media type and the charset parameter. Stateless. */
public final class MediaTypes {

  private MediaTypes() {}

  /** {@code text/html; charset=UTF-8} gives {@code text/html}; null for null or blank. */
  public static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() ? null : type;
  }

  /** The charset parameter, unquoted, or null. */
  public static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String value = p.substring(8).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
