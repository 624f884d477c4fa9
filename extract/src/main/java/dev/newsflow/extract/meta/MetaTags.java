package dev.newsflow.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags, read in one pass and keyed by lower-case {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv} (sites mix {@code name="og:title"} and {@code property="og:title"}, so
 * all count). Values keep page order. Immutable after construction.
 */
final class MetaTags {

  private static final String[] KEY_ATTRS = {"property", "name", "itemprop", "http-equiv"};

  private final Map<String, List<Element>> byKey;

  private MetaTags(Map<String, List<Element>> byKey) {
    this.byKey = byKey;
  }

  static MetaTags of(List<Element> metas) {
    Map<String, List<Element>> byKey = new HashMap<>();
    for (Element meta : metas) {
      // Attribute names are lower case after parsing: exact lookups, cheaper than Element.attr's ignore-case ones.
      Attributes attrs = meta.attributes();
      if (attrs.get("content").isBlank()) {
        continue;
      }
      for (String attr : KEY_ATTRS) {
        String key = attrs.get(attr);
        if (!key.isEmpty()) {
          byKey.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(meta);
        }
      }
    }
    return new MetaTags(byKey);
  }

  /** The first non-blank content of the first key that has one, stripped; null when none has. */
  String first(String... keys) {
    for (String key : keys) {
      List<Element> found = byKey.get(key);
      if (found != null) {
        return found.get(0).attr("content").strip();
      }
    }
    return null;
  }

  /** The first content of the key resolved against the page's base URI (relative og:image, og:url). */
  String firstUrl(String key) {
    List<Element> found = byKey.get(key);
    if (found == null) {
      return null;
    }
    String abs = found.get(0).absUrl("content");
    return abs.isEmpty() ? found.get(0).attr("content").strip() : abs;
  }

  /** Every content of the key, in page order. */
  List<String> all(String key) {
    List<Element> found = byKey.getOrDefault(key, List.of());
    List<String> values = new ArrayList<>(found.size());
    found.forEach(meta -> values.add(meta.attr("content").strip()));
    return values;
  }
}
