package dev.newsflow.ingest.id;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An article named on a command line: its id (32 hex characters, as {@link ArticleIds} makes them), or its URL,
 * which gives the id the same way ingest derives it. Stateless.
 */
public final class ArticleRefs {

  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{32}");

  private ArticleRefs() {}

  /**
   * The article id {@code ref} names.
   *
   * @throws IllegalArgumentException if it is neither an id nor an absolute http(s) URL, saying what is expected
   */
  public static String toId(String ref) {
    String s = ref == null ? "" : ref.strip();
    if (ID.matcher(s).matches()) {
      return s.toLowerCase(Locale.ROOT);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        return ArticleIds.forUrl(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a valid article URL: " + s, e);
      }
    }
    throw new IllegalArgumentException("'" + s + "' is neither an article id (32 hex characters) nor an http(s) URL");
  }
}
